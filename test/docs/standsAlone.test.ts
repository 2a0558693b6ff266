import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const SELF = 'test/docs/standsAlone.test.ts';

/**
 * References to material kept outside the repository (its writers' reference folder and the files in it).
 * A clone must stand alone: facts live in docs/vendors/, decisions in docs/design-decisions.md, test data in
 * test/fixtures/. The needles are assembled from parts so that this file does not contain them.
 */
const NEEDLES: readonly string[] = [
  ['..', 'shared'].join('/'),
  ['shared', ''].join('/'),
  ['VENDOR', 'RULES'].join('-'),
  ['DESIGN', 'md'].join('.'),
  ['seeds', ''].join('/'),
  ['ANCHORS', 'md'].join('.'),
];

/** Every tracked file but this one, with its text. */
const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((path) => path !== '' && path !== SELF && existsSync(join(root, path)))
  .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));

/**
 * Lists where a needle occurs.
 *
 * @param needle The text to look for.
 *
 * @returns `path:line` for every line that contains it.
 */
function occurrences(needle: string): string[] {
  return files.flatMap(({ path, text }) =>
    text.includes(needle)
      ? text.split('\n').flatMap((line, index) => (line.includes(needle) ? [`${path}:${index + 1}`] : []))
      : [],
  );
}

describe('the repository stands alone', () => {
  it('scans the tracked files', () => {
    expect(files.map(({ path }) => path)).toEqual(expect.arrayContaining(['package.json', 'README.md', 'docs/vendors/tencent.md']));
  });

  it.each(NEEDLES.map((needle) => [needle]))('no tracked file refers to %s', (needle) => {
    expect(occurrences(needle), `cite docs/vendors/<vendor>.md, docs/design-decisions.md or test/fixtures/ instead of ${needle}`).toEqual([]);
  });
});
