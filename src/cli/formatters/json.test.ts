import { describe, expect, test } from 'vitest';
import { SAMPLE_RUN } from '../../../test/cli/support/sampleRun.ts';
import { json } from './json.ts';

describe('json', () => {
  test('writes the documented per-file shape, clean files included', () => {
    const files = JSON.parse(json(SAMPLE_RUN)) as Record<string, unknown>[];
    expect(files).toHaveLength(2);
    expect(Object.keys(files[0] ?? {})).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'suppressed']);
    expect((files[0]?.['messages'] as Record<string, unknown>[])[0]).toEqual({
      ruleId: 'password/length',
      severity: 'error',
      message: 'Use 12-30 characters for the password.',
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 24,
      pointer: '/LoginSettings/Password',
      vendorCode: 'InvalidParameterValue.InvalidPassword',
    });
    expect(files[0]?.['suppressed']).toEqual([expect.objectContaining({ ruleId: 'password/classes', reason: 'Rotated test password.' })]);
    expect(files[1]).toEqual({ filePath: 'payloads/good.json', messages: [], errorCount: 0, warningCount: 0, suppressed: [] });
  });
});
