import type { LintRun } from '../../../src/cli/types.ts';

/** A small lint run with one error, one warning and one info, a path that needs escaping, and a suppression. */
export const SAMPLE_RUN: LintRun = {
  rules: [
    { id: 'password/length', severity: 'error' },
    { id: 'hostname/dot', severity: 'error' },
    { id: 'metadata/ignored-key', severity: 'warning' },
  ],
  results: [
    {
      filePath: 'payloads/a b,c:d%.json',
      errorCount: 1,
      warningCount: 1,
      messages: [
        { ruleId: 'password/length', severity: 'error', message: 'Use 12-30 characters for the password.', line: 3, column: 5, endLine: 3, endColumn: 24, pointer: '/LoginSettings/Password', vendorCode: 'InvalidParameterValue.InvalidPassword' },
        { ruleId: 'hostname/dot', severity: 'warning', message: 'Line one,\nline two: 100% <sure> & "quoted"', line: 4, column: 3, endLine: 4, endColumn: 20, pointer: '/HostName', vendorCode: null },
        { ruleId: 'metadata/ignored-key', severity: 'info', message: 'Remove the trailing "-".', line: 5, column: 3, endLine: 5, endColumn: 9, pointer: '/metadata/0/key', vendorCode: null },
      ],
      suppressed: [
        { ruleId: 'password/classes', severity: 'error', message: 'Use 3 classes.', line: 3, column: 5, endLine: 3, endColumn: 24, pointer: '/LoginSettings/Password', vendorCode: null, reason: 'Rotated test password.' },
      ],
    },
    { filePath: 'payloads/good.json', errorCount: 0, warningCount: 0, messages: [], suppressed: [] },
  ],
};
