import type { Finding } from './finding.ts';

/**
 * Adds a finding to a rule's findings so far, creating the list at the first: `[finding]` is allocated at its size,
 * where `[]` grows to room for 16 at its first push (a rule mostly reports one finding).
 *
 * @param findings The findings so far, `undefined` before the first.
 * @param finding The finding to add.
 *
 * @returns The list holding it.
 */
export function addFinding(findings: Finding[] | undefined, finding: Finding): Finding[] {
  if (findings === undefined) return [finding];
  findings.push(finding);
  return findings;
}
