import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { globSync } from 'tinyglobby';
import { afterAll, expect } from 'vitest';
import { expandInputs } from './expandInputs.ts';
import { walkDirectory } from './walkDirectory.ts';

/** The directory glob and ignores the walk stands in for (README: directories are walked for these files). */
const GLOB = '**/*.{json,yaml,yml,txt,url}';
const IGNORE = ['**/node_modules/**', '**/.git/**', '**/.instance-preflightrc.json', '**/instance-preflight.config.json'];
const OPTIONS = { extensions: ['json', 'yaml', 'yml', 'txt', 'url'], skippedNames: ['node_modules', '.instance-preflightrc.json', 'instance-preflight.config.json'] };

const work = mkdtempSync(join(tmpdir(), 'instance-preflight-walk-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NAMES = ['a.json', 'b.JSON', 'c.yaml', 'd.yml', 'e.txt', 'f.url', 'g.xml', '.h.json', 'json', 'a.b.yaml', 'x y,%.json', 'é.yml', 'node_modules', '.git', 'instance-preflight.config.json', '.instance-preflightrc.json', 'sub'];

interface Tree {
  readonly [name: string]: Tree | string;
}

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.dictionary(fc.constantFrom(...NAMES), fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant('{}'), tie('tree')), { maxKeys: 6 }),
})).tree;

function write(dir: string, entries: Tree): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, entry] of Object.entries(entries)) {
    if (typeof entry === 'string') writeFileSync(join(dir, name), entry);
    else write(join(dir, name), entry);
  }
}

let count = 0;
const fresh = (): string => join(work, `t${count++}`);
const globbed = (root: string): string[] => globSync(GLOB, { cwd: root, absolute: true, ignore: IGNORE, dot: false }).map((file) => resolve(file)).sort();

test.prop([tree], { numRuns: 60 })('walkDirectory finds exactly the files the directory glob finds', (entries) => {
  const root = fresh();
  write(root, entries);
  expect(walkDirectory(root, OPTIONS)?.sort()).toEqual(globbed(root));
});

test('a tree with a symbolic link is left to the glob library, which follows it; expandInputs gives its files', async () => {
  const root = fresh();
  write(root, { 'a.json': '{}', real: { 'b.yaml': 'a: 1' } });
  symlinkSync(join(root, 'real'), join(root, 'linked'));
  symlinkSync(join(root, 'a.json'), join(root, 'alias.json'));
  expect(walkDirectory(root, OPTIONS)).toBeUndefined();
  const { files } = await expandInputs([root], work);
  expect(files).toEqual(globbed(root));
  expect(files.length).toBeGreaterThanOrEqual(3);
});

test('expandInputs walks a directory without links to the same sorted files as the glob', async () => {
  const root = fresh();
  write(root, { 'b.json': '{}', 'a.yml': 'a: 1', node_modules: { 'c.json': '{}' }, deep: { er: { 'd.url': 'x' }, '.e.json': '{}' } });
  const { files, missing } = await expandInputs([root, '-'], work);
  expect(files).toEqual(['-', ...globbed(root)]);
  expect(files).toHaveLength(4);
  expect(missing).toEqual([]);
});
