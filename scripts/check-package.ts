/**
 * `npm run check:package` (after `npm run build`): publint over the packed package, then Are the Types Wrong
 * with every entry point checked. attw discovers the `exports` keys but cannot check a subpath pattern
 * (`./guard/*` prints "(wildcard)"), so each pattern is expanded here to the subpaths its built types serve
 * (`./guard/tencent`, ...), derived from `dist/` as the entries themselves are: a vendor's guard is checked
 * once its folder has one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { starMatches } from './starMatches.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Lists the subpaths that the `exports` patterns serve: for each key with one `*`, every folder name at the
 * star of its `types` target for which that file is built.
 *
 * @returns The subpaths, e.g. `./guard/tencent`.
 */
export function patternSubpaths(): string[] {
  return Object.entries(pkg.exports).flatMap(([key, target]) => {
    if (!key.includes('*') || typeof target !== 'object' || !('types' in target)) return [];
    return starMatches(join(ROOT, target.types)).map((folder) => key.replace('*', folder));
  });
}

/** Runs a package's binary from `node_modules/.bin`, its output passed through; throws when it fails. */
const run = (binary: string, args: readonly string[]): void => {
  execFileSync(join(ROOT, 'node_modules', '.bin', binary), args, { cwd: ROOT, stdio: 'inherit' });
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(join(ROOT, 'dist', 'index.d.ts'))) throw new Error('dist/ is missing: run `npm run build`');
  const subpaths = patternSubpaths();
  run('publint', ['--strict']);
  run('attw', ['--pack', '.', '--profile', 'esm-only', ...(subpaths.length > 0 ? ['--include-entrypoints', ...subpaths] : [])]);
}
