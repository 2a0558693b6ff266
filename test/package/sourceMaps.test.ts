import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT as root } from './support/runProbed.ts';

/** Every source map under a folder, recursively. */
function mapsUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return mapsUnder(path);
    return entry.name.endsWith('.map') ? [path] : [];
  });
}

describe('the Node bundles’ source maps (scripts/bundle-lib.ts)', () => {
  const built = existsSync(join(root, 'dist', 'node', 'index.js'));

  it('name every source from the map or from the package’s folder, never by the path it was built at', () => {
    expect(built, 'dist/ is missing: run `npm run build`').toBe(true);
    const maps = mapsUnder(join(root, 'dist', 'node'));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
      // A plugin's namespace prefixes its modules' names (`deferred:src/...`, `vendor-rules-tencent:src/...`).
      const absolute = sources.filter((source) => source.replace(/^[\w-]+:/, '').startsWith('/') || source.includes(root));
      expect(absolute, map).toEqual([]);
    }
  });
});
