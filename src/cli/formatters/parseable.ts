import type { LintRun } from '../types.ts';

/**
 * Formats a lint run one finding a line, `file:line:col:rule:severity:message`, for grep and editors.
 *
 * @param run The lint run.
 *
 * @returns The text (empty when there is no finding).
 */
export function parseable(run: LintRun): string {
  let text = '';
  for (const result of run.results) {
    for (const message of result.messages) {
      text += `${result.filePath}:${message.line}:${message.column}:${message.ruleId}:${message.severity}:${message.message.replace(/[\r\n]+/g, ' ')}\n`;
    }
  }
  return text;
}
