import type { FindingParam } from '../../rules/finding.ts';
import type { RuleId } from '../../rules/ruleId.ts';
import type { MessageTable } from '../../errors/messages/types.ts';
import type { LintMessage, SourceRange } from '../types.ts';
import { formatMessage } from '../../errors/formatMessage.ts';
import { defaultSeverity } from '../../errors/severity.ts';

/** The range of a file as a whole (its first character). */
export const FILE_START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 2 };

/**
 * Creates a lint message for a CLI-level finding (a file that cannot be read or parsed, an unknown API ...).
 *
 * @param rule The rule id.
 * @param params The message parameters (never source text).
 * @param range Where in the file.
 * @param pointer The JSON Pointer of the request or value.
 * @param table The message language.
 *
 * @returns The message with the rule's default severity.
 */
export function cliMessage(
  rule: RuleId,
  params: Readonly<Record<string, FindingParam>>,
  range: SourceRange,
  pointer: string,
  table: MessageTable,
): LintMessage {
  return { ruleId: rule, severity: defaultSeverity(rule), message: formatMessage({ rule, params }, table), ...range, pointer, vendorCode: null };
}
