import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BLOCK_COMPILER_OPTIONS, BLOCK_RUNNER, checkBlocks } from './support/checkBlocks.ts';
import { type CodeBlock, docFiles, extractBlocks, moduleText } from './support/codeBlocks.ts';

/**
 * Every JavaScript and TypeScript block of the README and the guides is
 * type-checked (strict, JavaScript with checkJs) and run unless marked
 * `no-run`, against the sources (see {@link linkSourcePackage}), so a stale
 * `dist/` can neither hide nor fake a broken example. A block followed by a ```text block must print it.
 * test/package/packedInstall.test.ts does the same against the packed package.
 */
const root = join(import.meta.dirname, '..', '..');
// A folder of its own per run, inside the repository (so the blocks resolve its node_modules), never shared
// with another test run on the same tree.
const cache = join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'instance-preflight-doc-blocks-'));
const run = promisify(execFile);

const blocks: CodeBlock[] = docFiles(root).flatMap((doc) => extractBlocks(root, doc));

/**
 * Installs a stand-in for the package in the blocks' folder: the same name and
 * export subpaths, each pointing at its entry point's source file (from the
 * export's `types` path), through a link to `src/`. Node with tsx and
 * TypeScript both resolve `instance-preflight/*` through it as they would the
 * installed package.
 */
function linkSourcePackage(): void {
  const { name, exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, string | { types?: string }>;
  };
  const linked: Record<string, { types: string; default: string }> = {};
  for (const [subpath, target] of Object.entries(exports)) {
    const types = typeof target === 'object' ? target.types : undefined;
    if (!types) continue;
    const source = types.replace(/^\.\/dist\//, './src/').replace(/\.d\.ts$/, '.ts');
    linked[subpath] = { types: source, default: source };
  }
  const at = join(dir, 'node_modules', name);
  mkdirSync(at, { recursive: true });
  writeFileSync(join(at, 'package.json'), JSON.stringify({ name, type: 'module', exports: linked }));
  symlinkSync(join(root, 'src'), join(at, 'src'), 'dir');
}

const COMPILER_OPTIONS = { ...BLOCK_COMPILER_OPTIONS, module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true };

function writeBlocks(): void {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include: ['*'] }));
  linkSourcePackage();
  writeFileSync(join(dir, 'runner.mjs'), BLOCK_RUNNER);
  for (const block of blocks) writeFileSync(join(dir, block.file), moduleText(block));
}

describe('code blocks of the README and the guides', () => {
  writeBlocks();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are found, and each runs or is marked no-run', () => {
    expect(blocks.length).toBeGreaterThan(10);
    expect(new Set(blocks.map((block) => block.doc))).toEqual(new Set([
      'README.md',
      'docs/guides/adding-an-api.md',
      'docs/guides/browser-forms.md',
      'docs/guides/preflight-in-a-tool.md',
      'docs/guides/sdk-guard.md',
    ]));
    expect(blocks.filter((block) => block.run).length).toBeGreaterThan(blocks.length / 2);
  });

  it('type-check', () => {
    expect(checkBlocks(blocks, dir, COMPILER_OPTIONS, true)).toEqual([]);
  }, 120_000);

  for (const block of blocks.filter((candidate) => candidate.run)) {
    it(`runs: ${block.doc}:${block.line}${block.prints ? ', printing what the doc shows' : ''}`, async () => {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'runner.mjs', `./${block.file}`], {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1' },
      }).catch((error: { stdout: string; stderr: string; code: number }) => {
        // Only a thrown error fails a block: it may exit non-zero on purpose (process.exitCode) after finishing.
        if (!error.stdout.includes('<block finished>')) throw new Error(`${block.doc}:${block.line} failed:\n${error.stderr}`);
        return error;
      });
      expect(stdout).toContain('<block finished>');
      if (block.prints) expect(stdout.replace('\n<block finished>\n', '')).toBe(block.prints);
    });
  }
});
