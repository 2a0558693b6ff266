import { describe, expect, test } from 'vitest';
import { HOSTILE_RUN } from '../../../test/cli/support/hostileRun.ts';
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

  test('names the page of each reported rule in the installed package, or under the docs base URL', () => {
    const installed = pretty({ ...SAMPLE_RUN, packageDir: 'node_modules/instance-preflight' }, false);
    expect(installed).toContain('Rule pages:\n  password/length       node_modules/instance-preflight/docs/rules/password/length.md\n');
    expect(installed.match(/docs\/rules\//g)).toHaveLength(3);
    expect(pretty({ ...SAMPLE_RUN, packageDir: '' }, false)).toContain('  hostname/dot          docs/rules/hostname/dot.md\n');
    expect(pretty({ ...SAMPLE_RUN, docsBaseUrl: 'https://example.com/x/' }, false)).toContain('  hostname/dot          https://example.com/x/docs/rules/hostname/dot.md\n');
    expect(pretty(SAMPLE_RUN, false)).not.toContain('Rule pages');
  });

  test('says what --quiet hid', () => {
    const text = pretty({ ...SAMPLE_RUN, hidden: { warning: 2, info: 1 } }, false);
    expect(text.trim().split('\n').at(-1)).toBe('2 files, 1 error, 1 warning, 1 info, 1 suppressed, 2 warnings and 1 info hidden by --quiet');
    expect(pretty({ ...SAMPLE_RUN, hidden: { warning: 0, info: 0 } }, false)).not.toContain('hidden');
  });
  test('shows input text inert: no control character, and no line that begins with ::', () => {
    const text = pretty(HOSTILE_RUN, false);
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    for (const line of text.split('\n')) expect(line.startsWith('::')).toBe(false);
  });
});
