import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registryFiles } from '../../scripts/gen-registry.ts';
import { vendorEntries } from '../../scripts/vendorEntries.ts';
import { ROOT } from './support/files.ts';

describe('registries (npm run gen)', () => {
  const files = registryFiles();

  it.each(files.map((file) => file.path))('%s is current: run `npm run gen` after adding a vendor folder or one of its parts', (path) => {
    const expected = files.find((file) => file.path === path)?.text;
    expect(readFileSync(`${ROOT}${path}`, 'utf8')).toBe(expected);
  });

  it('re-exports the policies, request types and playground texts of every vendor with a package entry', () => {
    for (const path of ['src/registry/policies.ts', 'src/registry/requestTypes.ts', 'docs/playground/vendorTexts.ts']) {
      const text = files.find((file) => file.path === path)?.text ?? '';
      for (const { source } of vendorEntries()) expect(text, path).toContain(source.replace(/^\.\/src\//, '/').replace(/\/index\.ts$/, '/'));
    }
  });
});
