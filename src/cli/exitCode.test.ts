import { describe, expect, test } from 'vitest';
import { SAMPLE_RUN } from '../../test/cli/support/sampleRun.ts';
import { exitCode, maxWarningsExceeded } from './exitCode.ts';

const clean = { rules: [], results: [{ filePath: 'a.json', messages: [], errorCount: 0, warningCount: 0, suppressed: [] }] };

describe('exitCode', () => {
  test('0 for a clean run, 1 for a finding at or above the fail severity', () => {
    expect(exitCode(clean, 'info', undefined)).toBe(0);
    expect(exitCode(SAMPLE_RUN, 'error', undefined)).toBe(1);
  });

  test('warnings fail only through --fail-severity or --max-warnings', () => {
    const [result] = SAMPLE_RUN.results;
    if (!result) throw new Error('sample run changed');
    const warningsOnly = { ...SAMPLE_RUN, results: [{ ...result, errorCount: 0, messages: result.messages.filter((m) => m.severity !== 'error') }] };
    expect(exitCode(warningsOnly, 'error', undefined)).toBe(0);
    expect(exitCode(warningsOnly, 'error', 1)).toBe(0);
    expect(exitCode(warningsOnly, 'error', 0)).toBe(1);
    expect(exitCode(warningsOnly, 'warning', undefined)).toBe(1);
  });

  test('says why the run failed when the warnings exceed --max-warnings', () => {
    expect(maxWarningsExceeded(SAMPLE_RUN, 0)).toBe('instance-preflight: too many warnings: 1 found, --max-warnings allows 0; exit code 1.\n');
    expect(maxWarningsExceeded(SAMPLE_RUN, 1)).toBeUndefined();
    expect(maxWarningsExceeded(SAMPLE_RUN, undefined)).toBeUndefined();
  });
});
