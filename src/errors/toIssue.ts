import type { Finding } from '../rules/finding.ts';
import type { Issue, PathSegment, VendorError } from './issue.ts';
import type { MessageTable } from './messages/types.ts';
import { cachedMessage } from './cachedMessage.ts';
import { predictsVendorCode } from './predictsVendorCode.ts';
import { severityOf } from './severity.ts';

/**
 * Creates an issue from a finding, its message made by {@link cachedMessage} (the same text as `formatMessage`).
 *
 * @param finding The finding.
 * @param path The absolute wire path.
 * @param table The message language.
 * @param vendor What the vendor's server answers, if documented; kept only where the finding predicts it ({@link predictsVendorCode}).
 *
 * @returns The issue.
 */
export function toIssue(
  finding: Finding,
  path: readonly PathSegment[],
  table: MessageTable,
  vendor: VendorError | undefined,
): Issue {
  const rule = finding.rule;
  const severity = severityOf(finding);
  const message = cachedMessage(finding, table);
  // Built in one literal, not spread into a second object: reports with many issues are a hot path. The path is
  // copied: the checker gives a fixed parameter's finding its spec node's constant path, the same array in every
  // report, which an issue (a mutable `PathSegment[]`) must not expose.
  return vendor && predictsVendorCode(finding) ? { rule, severity, path: path.slice(), message, vendor } : { rule, severity, path: path.slice(), message };
}
