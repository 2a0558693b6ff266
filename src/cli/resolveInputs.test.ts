import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { UsageError } from './args.ts';
import { InputError, resolveInputs } from './resolveInputs.ts';

const work = mkdtempSync(join(tmpdir(), 'instance-preflight-inputs-'));
mkdirSync(join(work, 'requests', 'nested'), { recursive: true });
mkdirSync(join(work, 'notes'));
writeFileSync(join(work, 'requests', 'a.json'), '{}');
writeFileSync(join(work, 'requests', 'nested', 'b.yaml'), 'a: 1');
writeFileSync(join(work, 'notes', 'readme.md'), '# notes');
writeFileSync(join(work, 'package.json'), '{}');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const strict = { errorOnUnmatchedPattern: true };

describe('resolveInputs', () => {
  test('the command line paths, relative to the working directory', async () => {
    const inputs = await resolveInputs({ ...strict, patterns: ['requests', '-'] }, work, undefined);
    expect(inputs.files).toEqual(['-', join(work, 'requests', 'a.json'), join(work, 'requests', 'nested', 'b.yaml')]);
  });

  test('an input that names nothing is an input error, one line each, unless opted out', async () => {
    const patterns = ['requests/a.json', 'missing.json', 'requests/*.url', 'notes'];
    await expect(resolveInputs({ ...strict, patterns }, work, undefined)).rejects.toThrow(
      new InputError(
        [
          'No such file or directory: "missing.json".',
          'No files matching the pattern "requests/*.url" were found.',
          'No files to lint in the directory "notes" (.json, .yaml, .yml, .txt, .url).',
        ].join('\n'),
      ),
    );
    const lenient = await resolveInputs({ patterns, errorOnUnmatchedPattern: false }, work, undefined);
    expect(lenient.files).toEqual([join(work, 'requests', 'a.json')]);
  });

  test('no path: the config files, relative to the config directory', async () => {
    const config = { config: { files: ['nested/*.yaml'] }, dir: join(work, 'requests') };
    const inputs = await resolveInputs({ ...strict, patterns: [] }, '/', config);
    expect(inputs.files).toEqual([join(work, 'requests', 'nested', 'b.yaml')]);
    const single = await resolveInputs({ ...strict, patterns: [] }, '/', { config: { files: '**/*.json' }, dir: work });
    expect(single.files).toEqual([join(work, 'package.json'), join(work, 'requests', 'a.json')]);
  });

  test('no path and no config files: a usage error; config files that name nothing: an input error', async () => {
    await expect(resolveInputs({ ...strict, patterns: [] }, work, undefined)).rejects.toThrow(UsageError);
    await expect(resolveInputs({ ...strict, patterns: [] }, work, { config: {}, dir: work })).rejects.toThrow(UsageError);
    await expect(resolveInputs({ ...strict, patterns: [] }, work, { config: { files: ['*.url', 'x/*.yaml'] }, dir: work })).rejects.toThrow(
      'No files matching the config\'s "files" (["*.url","x/*.yaml"]) were found.',
    );
  });
});
