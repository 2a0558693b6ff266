import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { apis } from '../../src/apis.ts';
import { registryFiles } from '../../scripts/gen-registry.ts';
import { ROOT, sourceFiles } from './support/files.ts';

/**
 * One API, one folder: no code outside the vendor folders names a vendor. A vendor name (or an API id,
 * which starts with one) spelled in an identifier or a string literal anywhere else is a registry kept by
 * hand, which the next vendor would have to edit. The API list (src/apis.ts) and the files `npm run gen`
 * writes are the exceptions by design. Comments and tests are not scanned: a doc example or an expected
 * report names a vendor on purpose.
 */
const VENDORS = [...new Set(apis.map((api) => api.vendor))];
const NAMED = new RegExp(VENDORS.join('|'), 'i');

/** Where a vendor may be named outside its folder, and why. */
const ALLOWED: readonly { readonly file: string; readonly why: string }[] = [
  { file: 'src/apis.ts', why: 'the API list: one line per API' },
  ...registryFiles().map((file) => ({ file: file.path, why: 'written by npm run gen from the vendor folders' })),
  { file: 'docs/playground/main.ts', why: 'the API the playground opens on, a choice of the page' },
];

/** The non-test TypeScript files of a folder, repository-relative, outside the vendor folders. */
function codeFiles(folder: string): string[] {
  return sourceFiles(folder).filter((file) => !file.includes('/dist/') && !/^src\/schemas\/[^/]+\//.test(file));
}

/** The identifiers and string literals of a file that name a vendor, with their lines. */
function vendorNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const text = ts.isIdentifier(node) || ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) ? node.text : undefined;
    if (text !== undefined && NAMED.test(text)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${text}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('vendor names outside the vendor folders', () => {
  const files = ['src', 'scripts', 'docs/playground'].flatMap(codeFiles);

  it('scans the code around the vendor folders (the scan sees identifiers and literals)', () => {
    expect(VENDORS.length).toBeGreaterThan(1);
    expect(files).toContain('src/validate.ts');
    expect(vendorNames('src/apis.ts').length).toBeGreaterThan(0);
  });

  it('are spelled only in the API list and the generated registries', () => {
    const offenders = files.filter((file) => !ALLOWED.some((allowed) => allowed.file === file)).flatMap(vendorNames);
    expect(offenders).toEqual([]);
  });

  it('allows only files that exist and name a vendor', () => {
    for (const { file } of ALLOWED) expect(vendorNames(file).length, file).toBeGreaterThan(0);
  });
});
