import type { FileResult, LintMessage, SuppressedMessage } from '../types.ts';

/**
 * Creates a file result: the messages, their error and warning counts, and the suppressed messages.
 *
 * @param filePath The path as reported.
 * @param messages The messages kept.
 * @param suppressed The messages an ignore matched.
 *
 * @returns The file result.
 */
export function toResult(filePath: string, messages: readonly LintMessage[], suppressed: readonly SuppressedMessage[]): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  for (const message of messages) {
    if (message.severity === 'error') errorCount++;
    else if (message.severity === 'warning') warningCount++;
  }
  return { filePath, messages, errorCount, warningCount, suppressed };
}
