import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkerFiles } from '../../scripts/gen-checkers.ts';
import { apis } from '../../src/apis.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('generated checkers (npm run gen)', async () => {
  const files = await checkerFiles();

  it.each(files.map((file) => file.path))('%s is current: run `npm run gen` after changing a payload spec or the API list', (path) => {
    expect(readFileSync(`${ROOT}${path}`, 'utf8')).toBe(files.find((file) => file.path === path)?.text);
  });

  it('writes one checker per API into its vendor folder, and per vendor the index of them by API id', () => {
    const vendors = new Set(apis.map((api) => api.vendor));
    expect(files.length).toBe(apis.length + vendors.size);
    for (const api of apis) {
      const folder = `src/schemas/${api.vendor}/generated/`;
      expect(files.some((file) => file.path.startsWith(folder) && file.path.endsWith('Checker.ts') && file.text.includes(`\`${api.id}\``))).toBe(true);
      expect(files.find((file) => file.path === `${folder}index.ts`)?.text).toContain(`'${api.id}': `);
    }
  });

  it('evaluates nothing at run time: no Function constructor, no eval', () => {
    for (const { path, text } of files) expect(text, path).not.toMatch(/\bnew Function\b|\beval\(/);
  });
});
