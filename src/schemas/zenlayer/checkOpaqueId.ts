import type { Finding } from '../../rules/finding.ts';

/**
 * Checks an id whose format the vendor does not document (Zenlayer instance
 * and image ids): the only rule is that it is not empty (docs/design-decisions.md#identifiers).
 *
 * @param value The id.
 *
 * @returns The findings, `[]` when the id is not empty.
 */
export function checkOpaqueId(value: string): Finding[] {
  return value === '' ? [{ rule: 'identifier/format', params: { part: 'length', min: 1 } }] : [];
}
