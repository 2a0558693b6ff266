import { describe, expect, test } from 'vitest';
import { SAMPLE_RUN } from '../../../test/cli/support/sampleRun.ts';
import { pretty } from './pretty.ts';

describe('pretty', () => {
  test('groups messages by file and ends with the summary line', () => {
    const text = pretty(SAMPLE_RUN, false);
    expect(text.split('\n').slice(0, 2)).toEqual([
      'payloads/a b,c:d%.json',
      '  3:5     error   Use 12-30 characters for the password. [InvalidParameterValue.InvalidPassword]  password/length',
    ]);
    expect(text).not.toContain('good.json');
    expect(text.trim().split('\n').at(-1)).toBe('2 files, 1 error, 1 warning, 1 info, 1 suppressed');
    expect(text).not.toContain('\u001b[');
  });

  test('colours only when asked', () => {
    expect(pretty(SAMPLE_RUN, true)).toContain('\u001b[31merror');
  });
});
