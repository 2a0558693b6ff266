import { describe, expect, test } from 'vitest';
import { apis } from '../apis.ts';
import { assertKnownApi, DEFAULT_MAX_FILE_SIZE, parseCliArgs, UsageError } from './args.ts';

describe('parseCliArgs', () => {
  test('defaults: no paths (the config names them), pretty to stdout, fail on errors, unmatched inputs are errors', () => {
    expect(parseCliArgs(['lint'])).toMatchObject({ patterns: [], outputs: [{ format: 'pretty' }], failSeverity: 'error', lang: 'en', quiet: false, maxFileSize: DEFAULT_MAX_FILE_SIZE, errorOnUnmatchedPattern: true });
    expect(parseCliArgs(['lint', '--no-error-on-unmatched-pattern', 'a']).errorOnUnmatchedPattern).toBe(false);
  });

  test('--stdin-filename names standard input, and alone means it', () => {
    expect(parseCliArgs(['lint', '--stdin-filename', 'saved/requests.url'])).toMatchObject({ patterns: ['-'], stdinFilename: 'saved/requests.url' });
    expect(parseCliArgs(['lint', '--stdin-filename', 'a.yaml', 'b.json', '-'])).toMatchObject({ patterns: ['b.json', '-'], stdinFilename: 'a.yaml' });
    expect(() => parseCliArgs(['lint', '--stdin-filename', 'a.yaml', 'b.json'])).toThrow('add - to the paths');
  });

  test('an unknown --api names the nearest id', () => {
    const ids = apis.map((api) => api.id);
    const api = (argv: readonly string[]): string | undefined => parseCliArgs(argv).api;
    expect(() => assertKnownApi(api(['lint', '--api', 'zenlayer.ResetInstance']), ids)).toThrow('Unknown API id "zenlayer.ResetInstance" (did you mean "zenlayer.zec.ResetInstance"?)');
    expect(() => assertKnownApi(api(['lint', '--api', 'aws.ec2.RunInstances']), ids)).toThrow(/^Unknown API id "aws\.ec2\.RunInstances"\. Known ids: /);
    expect(() => assertKnownApi(api(['lint', '--api', 'acme.vm.Rebuild']), [...ids, 'acme.vm.Rebuild'])).not.toThrow();
    expect(() => assertKnownApi(undefined, ids)).not.toThrow();
  });

  test('pairs each --output-file with the --format before it', () => {
    expect(parseCliArgs(['lint', '-f', 'pretty', '-f', 'sarif', '-o', 'r.sarif', '-f', 'json', '-o', 'r.json', 'a']).outputs).toEqual([
      { format: 'pretty' },
      { format: 'sarif', file: 'r.sarif' },
      { format: 'json', file: 'r.json' },
    ]);
    expect(parseCliArgs(['lint', '-o', 'r.json', '-f', 'json']).outputs).toEqual([{ format: 'json', file: 'r.json' }]);
  });

  test('reads sizes with units', () => {
    expect(parseCliArgs(['lint', '--max-file-size', '512KiB']).maxFileSize).toBe(512 * 1024);
    expect(parseCliArgs(['lint', '--max-file-size', '2m']).maxFileSize).toBe(2 * 1024 * 1024);
  });

  test.each([
    [['lint', '--format', 'xml']],
    [['lint', '-f', 'json', '-f', 'sarif']],
    [['lint', '--max-warnings', '-1']],
    [['lint', '--max-file-size', 'ten']],
    [['lint', '--bogus']],
    [['check', 'a']],
    [['lint', '--stdin-filename', '-']],
  ])('%j is a usage error', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});
