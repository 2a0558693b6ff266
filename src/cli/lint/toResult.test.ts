import { expect, test } from 'vitest';
import type { LintMessage } from '../types.ts';
import { toResult } from './toResult.ts';

const message = (severity: LintMessage['severity']): LintMessage => ({
  ruleId: 'password/length',
  severity,
  message: 'Use 12-30 characters for the password.',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  pointer: '/LoginSettings/Password',
  vendorCode: null,
});

test('toResult counts errors and warnings (infos count as neither) and keeps the suppressed messages', () => {
  const suppressed = [{ ...message('error'), reason: 'Rotated test password.' }];
  const result = toResult('a.json', [message('error'), message('warning'), message('error'), message('info')], suppressed);
  expect(result).toMatchObject({ filePath: 'a.json', errorCount: 2, warningCount: 1, suppressed });
  expect(result.messages).toHaveLength(4);
  expect(toResult('b.json', [], [])).toEqual({ filePath: 'b.json', messages: [], errorCount: 0, warningCount: 0, suppressed: [] });
});
