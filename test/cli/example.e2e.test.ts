import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apis } from '../../src/apis.ts';
import { REPO_ROOT } from './support/buildCli.ts';

let work: string;
let script: string;

beforeAll(async () => {
  // The script imports the package by name; bundle it with the name resolved to the sources, beside links
  // to the example folders it reads, so the test needs no `npm run build` of the shared dist/.
  work = mkdtempSync(join(tmpdir(), 'instance-preflight-example-'));
  mkdirSync(join(work, 'examples'));
  for (const folder of ['good', 'bad']) symlinkSync(join(REPO_ROOT, 'examples', folder), join(work, 'examples', folder));
  script = join(work, 'examples', 'validate.mjs');
  await build({
    entryPoints: [join(REPO_ROOT, 'examples/validate.mjs')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    alias: { 'instance-preflight': join(REPO_ROOT, 'src/index.ts') },
    // yaml is CommonJS: give the ESM bundle a require for its Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run example (examples/validate.mjs)', () => {
  test('is the example script', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts['example']).toBe('node examples/validate.mjs');
  });

  test('shows every API of the apis list: a good example that passes and a bad one in English and Chinese', () => {
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const sections = result.stdout.split(/^(?=\S)/m);
    expect(sections.map((section) => section.slice(0, section.indexOf(' ')))).toEqual(apis.map((api) => api.id));
    for (const section of sections) {
      expect(section).toMatch(/^ {2}good good\/\S+: ok$/m);
      expect(section).toMatch(/^ {2}bad {2}bad\/\S+: rejected\n {4}(error|warning) [a-z-]+\/[a-z-]+ at /m);
      expect(section).toMatch(/^ {2}bad {2}bad\/\S+ \(zh-CN\): rejected\n {4}\S+ \S+ at \S+: .*[\u4e00-\u9fff]/m);
    }
  });
});
