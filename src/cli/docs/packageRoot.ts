import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = 'instance-preflight';

function isPackageRoot(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name === NAME;
  } catch {
    return false;
  }
}

/**
 * Finds this package's root directory: the nearest directory at or above `from` whose `package.json` is
 * this package's. The same code runs as `src/cli/...` (tests), as `dist/cli.js` and its chunks in
 * `dist/cli-chunks/`, and from an npm-installed copy under `node_modules/instance-preflight/`, so the
 * root is searched for rather than assumed at a fixed depth.
 *
 * @param from The module URL to start from (the caller's `import.meta.url`).
 *
 * @returns The absolute root directory, or `undefined` when no manifest of this package is above it.
 */
export function packageRoot(from: string): string | undefined {
  for (let dir = dirname(fileURLToPath(from)); ; dir = dirname(dir)) {
    if (isPackageRoot(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
