import { describe, expect, test } from 'vitest';
import type { Log } from 'sarif';
import { SAMPLE_RUN } from '../../../test/cli/support/sampleRun.ts';
import { packageRoot } from '../docs/packageRoot.ts';
import { sarif, toUri } from './sarif.ts';

const ROOT = packageRoot(import.meta.url);

describe('sarif', () => {
  test('percent-encodes repository-relative URIs, with / separators even from Windows paths', () => {
    expect(toUri('payloads/a b,c:d%.json')).toBe('payloads/a%20b%2Cc%3Ad%25.json');
    expect(toUri('payloads\\win\\a.json')).toBe('payloads/win/a.json');
  });

  test('lists every enabled rule, gives each result an explicit level, a region and a pointer fingerprint', () => {
    const log = JSON.parse(sarif(SAMPLE_RUN, '1.2.3', ROOT)) as Log;
    const run = log.runs[0];
    expect(run?.tool.driver.rules?.map((rule) => rule.id)).toEqual(['password/length', 'hostname/dot', 'metadata/ignored-key']);
    expect(run?.tool.driver.rules?.[0]?.helpUri).toBeUndefined();
    expect(run?.tool.driver.rules?.[0]?.help?.markdown).toMatch(/^# password\/length\n[\s\S]*## How to fix/);
    expect(run?.tool.driver.rules?.[0]?.help?.text).toContain('docs/rules/password/length.md');
    expect(run?.results?.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['password/length', 0, 'error'],
      ['hostname/dot', 1, 'warning'],
      ['metadata/ignored-key', 2, 'note'],
    ]);
    const [first] = run?.results ?? [];
    expect(first?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'payloads/a%20b%2Cc%3Ad%25.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 24 },
    });
    expect(first?.partialFingerprints?.['ruleFilePointer/v1']).toMatch(/^[0-9a-f]{64}$/);
  });

  test('fingerprints ignore the line, so they survive reformatting', () => {
    const [result] = SAMPLE_RUN.results;
    const [message] = result?.messages ?? [];
    if (!result || !message) throw new Error('sample run changed');
    const moved = { ...SAMPLE_RUN, results: [{ ...result, messages: [{ ...message, line: 40, endLine: 40 }] }] };
    const print = (text: string): unknown => (JSON.parse(text) as Log).runs[0]?.results?.[0]?.partialFingerprints;
    expect(print(sarif(moved, '1', ROOT))).toEqual(print(sarif(SAMPLE_RUN, '1', ROOT)));
  });

  test('without the rule pages (no package root), help names the page path', () => {
    const log = JSON.parse(sarif(SAMPLE_RUN, '1', undefined)) as Log;
    expect(log.runs[0]?.tool.driver.rules?.[0]?.help).toEqual({
      text: 'The password is shorter or longer than the vendor allows. See docs/rules/password/length.md.',
      markdown: 'The password is shorter or longer than the vendor allows. See [docs/rules/password/length.md](docs/rules/password/length.md).',
    });
  });

  test('points helpUri at the rule page under a configured base URL', () => {
    const log = JSON.parse(sarif({ ...SAMPLE_RUN, docsBaseUrl: 'https://example.com/repo/blob/main/' }, '1', ROOT)) as Log;
    expect(log.runs[0]?.tool.driver.rules?.[1]?.helpUri).toBe('https://example.com/repo/blob/main/docs/rules/hostname/dot.md');
  });
});
