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
  // The design file's citation forms (`DESIGN "Base64"`, `(DESIGN)`) and the seed documents' numbers.
  ['DES', 'IGN'].join(''),
  ['seeds', ''].join('/'),
  ['seed', '00'].join(' '),
  ['seeds', '00'].join(' '),
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

/** The pages code and docs cite by section, each with its headings' GitHub anchors. */
const CITED_PAGES = ['docs/vendors/jdcloud.md', 'docs/vendors/tencent.md', 'docs/vendors/zenlayer.md', 'docs/design-decisions.md'];

/**
 * Computes the anchor GitHub gives a Markdown heading: lower case, punctuation dropped, spaces as hyphens.
 *
 * @param heading The heading text, without its leading `#`s.
 *
 * @returns The anchor, e.g. `the-103-document` for "The 1.0.3 document".
 */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\s-]/gu, '')
    .replace(/\s/g, '-');
}

const anchors = new Map(
  CITED_PAGES.map((page) => [
    page,
    new Set(
      readFileSync(join(root, page), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('#'))
        .map((line) => anchorOf(line.replace(/^#+/, ''))),
    ),
  ]),
);

/**
 * Lists the section citations (`vendors/<vendor>.md#section`, `design-decisions.md#section`, and a vendor
 * page's own `](#section)` links) whose section does not exist.
 *
 * @returns `path: citation` for each broken one.
 */
function brokenCitations(): string[] {
  return files.flatMap(({ path, text }) => {
    const cited = [...text.matchAll(/(vendors\/(?:jdcloud|tencent|zenlayer)\.md|design-decisions\.md)#([\w-]+)/g)].map(
      (match) => [`docs/${match[1] ?? ''}`, match[2] ?? '', match[0]] as const,
    );
    const own = anchors.has(path) ? [...text.matchAll(/\]\(#([\w-]+)\)/g)].map((match) => [path, match[1] ?? '', match[0]] as const) : [];
    return [...cited, ...own].filter(([page, anchor]) => !anchors.get(page)?.has(anchor)).map(([, , citation]) => `${path}: ${citation}`);
  });
}

describe('the repository stands alone', () => {
  it('scans the tracked files', () => {
    expect(files.map(({ path }) => path)).toEqual(expect.arrayContaining(['package.json', 'README.md', 'docs/vendors/tencent.md']));
  });

  it.each(NEEDLES.map((needle) => [needle]))('no tracked file refers to %s', (needle) => {
    expect(occurrences(needle), `cite docs/vendors/<vendor>.md, docs/design-decisions.md or test/fixtures/ instead of ${needle}`).toEqual([]);
  });

  it('every section a file cites on a vendor page or the design decisions exists', () => {
    expect([...anchors.values()].every((set) => set.size > 5)).toBe(true);
    expect(brokenCitations()).toEqual([]);
  });
});
