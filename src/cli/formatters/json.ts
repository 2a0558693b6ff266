import type { LintRun } from '../types.ts';

/**
 * Formats a lint run as JSON: an array with one entry per file,
 * `{ filePath, messages: [{ ruleId, severity, message, line, column, endLine, endColumn, pointer, vendorCode }],
 * errorCount, warningCount, suppressed }` (`suppressed` holds the same message shape plus `reason`).
 *
 * @param run The lint run.
 *
 * @returns The JSON text.
 */
export function json(run: LintRun): string {
  const files = run.results.map(({ filePath, messages, errorCount, warningCount, suppressed }) => ({
    filePath,
    messages,
    errorCount,
    warningCount,
    suppressed,
  }));
  return `${JSON.stringify(files, null, 2)}\n`;
}
