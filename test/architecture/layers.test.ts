import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vendorEntries } from '../../scripts/vendorEntries.ts';
import { ROOT, typeScriptFiles } from './support/files.ts';

const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The repository-relative files a source file imports by relative specifier. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(SPECIFIER)].map((match) => relative(ROOT, normalize(join(ROOT, dirname(file), match[1] ?? ''))));
}

/** The imports of the files under `folder` that land in one of the `forbidden` folders or files. */
function violations(folder: string, forbidden: (target: string) => boolean): string[] {
  return typeScriptFiles(folder).flatMap((file) => importsOf(file).filter(forbidden).map((target) => `${file} -> ${target}`));
}

const VENDOR_FOLDERS = vendorEntries().map((entry) => dirname(entry.source.replace(/^\.\//, '')));

describe('layers (imports by folder)', () => {
  it('finds the vendor folders from the package entries', () => {
    expect(VENDOR_FOLDERS.length).toBeGreaterThan(0);
    for (const folder of VENDOR_FOLDERS) expect(typeScriptFiles(folder).length, folder).toBeGreaterThan(0);
  });

  it('src/rules imports nothing outside src/rules', () => {
    expect(violations('src/rules', (target) => !target.startsWith('src/rules/') && target.startsWith('src/'))).toEqual([]);
  });

  it('src/engine imports no vendor folder and nothing that lists the APIs', () => {
    const top = new Set(['src/apis.ts', 'src/validate.ts', 'src/validateLocated.ts', 'src/index.ts']);
    expect(violations('src/engine', (target) => top.has(target) || VENDOR_FOLDERS.some((folder) => target.startsWith(`${folder}/`)))).toEqual([]);
  });
});
