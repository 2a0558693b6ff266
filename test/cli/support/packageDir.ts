import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Package directory interface: a temporary package root and a way to remove it. */
export interface PackageDir {
  /** The directory, holding a copy of the repository's `package.json`. */
  readonly dir: string;
  /** Removes the directory. */
  readonly remove: () => void;
}

/**
 * Creates a temporary package root for a built CLI, away from the shared `dist/` a concurrent build may rewrite:
 * it holds a copy of `package.json`, which the CLI reads its version from.
 *
 * @param name The directory's name, after `instance-preflight-`.
 *
 * @returns The directory.
 */
export function packageDir(name: string): PackageDir {
  const dir = mkdtempSync(join(tmpdir(), `instance-preflight-${name}-`));
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
