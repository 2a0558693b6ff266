import type { LintRun } from '../types.ts';
import { escapeText, MAX_MESSAGE_SHOWN, MAX_PATH_SHOWN } from './escapeText.ts';

/**
 * Formats a lint run one finding a line, `file:line:col:rule:severity:message`, for grep and editors, with
 * file names and messages escaped and bounded ({@link escapeText}): one finding is always one line.
 *
 * @param run The lint run.
 *
 * @returns The text (empty when there is no finding).
 */
export function parseable(run: LintRun): string {
  let text = '';
  for (const result of run.results) {
    const file = escapeText(result.filePath, MAX_PATH_SHOWN);
    for (const message of result.messages) {
      text += `${file}:${message.line}:${message.column}:${escapeText(message.ruleId)}:${message.severity}:${escapeText(message.message.replace(/[\r\n]+/g, ' '), MAX_MESSAGE_SHOWN)}\n`;
    }
  }
  return text;
}
