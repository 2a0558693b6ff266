import { describe, expect, test } from 'vitest';
import { HOSTILE_RUN } from '../../../test/cli/support/hostileRun.ts';
import { SAMPLE_RUN } from '../../../test/cli/support/sampleRun.ts';
import { parseable } from './parseable.ts';

describe('parseable', () => {
  test('writes file:line:col:rule:severity:message, one finding a line', () => {
    expect(parseable(SAMPLE_RUN).split('\n')).toEqual([
      'payloads/a b,c:d%.json:3:5:password/length:error:Use 12-30 characters for the password.',
      'payloads/a b,c:d%.json:4:3:hostname/dot:warning:Line one, line two: 100% <sure> & "quoted"',
      'payloads/a b,c:d%.json:5:3:metadata/ignored-key:info:Remove the trailing "-".',
      '',
    ]);
  });

  test('writes nothing for a clean run', () => {
    expect(parseable({ rules: [], results: [] })).toBe('');
  });
  test('shows input text inert: no control character, and no line that begins with ::', () => {
    const text = parseable(HOSTILE_RUN);
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    for (const line of text.split('\n')) expect(line.startsWith('::')).toBe(false);
  });
});
