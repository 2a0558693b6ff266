/**
 * Paths for the esbuild plugins of the Node builds (`scripts/bundle-lib.ts`, `scripts/perVendorRules.ts`): the
 * file an import names, and the name a plugin's namespace gives a module, its path from the package's folder
 * (the source maps show that name, and a build machine's path has no place in a published map).
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OnResolveArgs } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Resolves the file an import names, as esbuild's own resolver would for a path with its extension.
 *
 * @param args The import, as an `onResolve` callback gets it.
 *
 * @returns The absolute path: the import's own if absolute, else from the importer's folder.
 */
export function importedFile(args: Pick<OnResolveArgs, 'path' | 'resolveDir'>): string {
  return isAbsolute(args.path) ? args.path : join(args.resolveDir, args.path);
}

/**
 * Names a file in a plugin's namespace.
 *
 * @param file The absolute path.
 *
 * @returns Its path from the package's folder, `/`-separated (`src/rules/ruleId.ts`).
 */
export function packagePath(file: string): string {
  return relative(ROOT, file).split(sep).join('/');
}

/**
 * Finds the file a namespaced module's name stands for: the inverse of {@link packagePath}.
 *
 * @param path The path from the package's folder.
 *
 * @returns The absolute path.
 */
export function packageFile(path: string): string {
  return join(ROOT, path);
}
