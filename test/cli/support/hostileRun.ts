import type { LintRun } from '../../../src/cli/types.ts';

/** A lint run whose file name and message carry terminal escapes, a forged workflow command and a lone CR. */
export const HOSTILE_RUN: LintRun = {
  rules: [],
  results: [
    {
      filePath: '::error file=x.json::forged\u001b[2J.json',
      errorCount: 1,
      warningCount: 0,
      suppressed: [],
      messages: [
        { ruleId: 'parameter/unknown', severity: 'error', message: 'No "\u001b]0;title\u0007\r0 files, 0 errors\n::error::forged\u009b"', line: 1, column: 2, endLine: 1, endColumn: 3, pointer: '/x', vendorCode: null },
      ],
    },
  ],
};
