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

  it('writes one checker per API into its vendor folder, and the registry', () => {
    expect(files.length).toBe(apis.length + 1);
    for (const api of apis) expect(files.some((file) => file.path.startsWith(`src/schemas/${api.vendor}/generated/`) && file.text.includes(`\`${api.id}\``))).toBe(true);
  });

  it('evaluates nothing at run time: no Function constructor, no eval', () => {
    for (const { path, text } of files) expect(text, path).not.toMatch(/\bnew Function\b|\beval\(/);
  });
});
