import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { apis } from '../../src/apis.ts';
import { leakCase, leakedFragments, type LeakCase, type LeakSyntax } from './support/leakCases.ts';
import { builtCli, runBuilt } from './support/cliProcess.ts';
import { cliSession } from '../cli/support/cliSession.ts';

/**
 * Issue 13, "secrets by construction", through the built CLI: passwords that hold every separator a reader
 * splits on, written raw in every reader's syntax for every API, never appear (as a fragment of 4 or more
 * characters) in any of the six formats, in either language. A batch of cases is linted in one run that writes
 * all six formats at once; its twin batch (the same requests with rotated passwords) tells the CLI's own text
 * from echoed input. 1x in CI, 100x under `npm run fuzz`.
 */

const SCALE = Number(process.env['FUZZ_SCALE'] ?? '1');
const BATCH = 24;
const EXTENSIONS: Readonly<Record<LeakSyntax, string>> = { json: 'json', 'yaml-block': 'yaml', 'yaml-flow': 'yaml', query: 'txt', url: 'txt', 'flat-map': 'json' };
const FORMATS = ['json', 'sarif', 'github', 'junit', 'parseable'] as const;

const session = cliSession(builtCli, 'leak');
let batches = 0;

/** Writes a batch as files under `root`, one folder per API, with a config that names each folder's API. */
function writeBatch(root: string, cases: readonly LeakCase[], text: (leak: LeakCase) => string): void {
  mkdirSync(root, { recursive: true });
  const overrides = apis.map((api, index) => ({ files: `a${index}/**`, api: api.id }));
  writeFileSync(join(root, '.instance-preflightrc.json'), JSON.stringify({ overrides }));
  cases.forEach((leak, index) => {
    const dir = join(root, `a${apis.findIndex((api) => api.id === leak.api)}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `case${index}.${EXTENSIONS[leak.syntax]}`), text(leak));
  });
}

/** Lints a batch in one language, every format at once; returns all the output text. */
function lintAll(root: string, lang: string, tag: string): string {
  const outputs = FORMATS.flatMap((format) => ['-f', format, '-o', join(session.work, `${tag}.${lang}.${format}`)]);
  const run = runBuilt(session.cli.bin, ['lint', '--lang', lang, ...outputs, '-f', 'pretty', '.'], { cwd: root });
  expect(run.timedOut).toBe(false);
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.code);
  return [run.stdout, ...FORMATS.map((format) => readFileSync(join(session.work, `${tag}.${lang}.${format}`), 'utf8'))].join('\n');
}

test.prop([fc.array(leakCase, { minLength: BATCH, maxLength: BATCH })], { numRuns: SCALE })(
  'no password fragment reaches any CLI format, in English or Chinese',
  (cases) => {
    const batch = batches++;
    const root = join(session.work, `b${batch}`);
    writeBatch(join(root, 'one'), cases, (leak) => leak.text);
    writeBatch(join(root, 'twin'), cases, (leak) => leak.twinText);
    for (const lang of ['en', 'zh-CN']) {
      const output = lintAll(join(root, 'one'), lang, `b${batch}.one`);
      const twinOutput = lintAll(join(root, 'twin'), lang, `b${batch}.twin`);
      const leaks = cases.flatMap((leak) => {
        const found = [...leakedFragments(output, twinOutput, leak.password), ...leakedFragments(twinOutput, output, leak.twinPassword)];
        return found.length > 0 ? [{ lang, api: leak.api, syntax: leak.syntax, password: leak.password, found }] : [];
      });
      expect(leaks).toEqual([]);
    }
    rmSync(root, { recursive: true, force: true });
  },
);
