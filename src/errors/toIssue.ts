import type { Finding } from '../rules/finding.ts';
import type { Issue, PathSegment, VendorError } from './issue.ts';
import type { MessageTable } from './messages/types.ts';
import { formatMessage } from './formatMessage.ts';
import { severityOf } from './severity.ts';

/**
 * Creates an issue from a finding.
 *
 * @param finding The finding.
 * @param path The absolute wire path.
 * @param table The message language.
 * @param vendor What the vendor's server answers, if documented.
 *
 * @returns The issue.
 */
export function toIssue(
  finding: Finding,
  path: readonly PathSegment[],
  table: MessageTable,
  vendor: VendorError | undefined,
): Issue {
  const issue: Issue = {
    rule: finding.rule,
    severity: severityOf(finding),
    path: [...path],
    message: formatMessage(finding, table),
  };
  return vendor ? { ...issue, vendor } : issue;
}
