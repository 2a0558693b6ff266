import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { errorReason } from './errorReason.ts';

/** Walk options interface: which files a directory walk yields. */
export interface WalkOptions {
  /** The linted extensions, without the dot, matched case-sensitively (as a glob's `*.{json,yaml}` is). */
  readonly extensions: readonly string[];
  /** Names never yielded or entered, at any depth (`node_modules`, the config files). */
  readonly skippedNames: readonly string[];
  /** Told of each directory that cannot be read, with the error code (the walk goes on without it). */
  readonly onUnreadable?: (dir: string, reason: string) => void;
}

/**
 * Walks a directory for the files to lint with one `readdir` per directory and no glob library, giving
 * exactly the files of the glob library's directory walk: no dot files or dot directories, nothing named
 * as skipped, every file with a linted extension, and (the library expands a pattern that names a
 * directory to everything under it) every file under a directory whose own name has a linted extension.
 * A symbolic link ends the walk with `undefined`: the glob library follows and resolves links, so the
 * caller uses it for such a tree.
 *
 * @param root The absolute, normalized directory.
 * @param options The extensions and the skipped names.
 *
 * @returns The absolute file paths, in walk order, or `undefined` when the tree holds a symbolic link.
 */
export function walkDirectory(root: string, options: WalkOptions): string[] | undefined {
  const { extensions, skippedNames } = options;
  const linted = (name: string): boolean => name.includes('.') && extensions.includes(name.slice(name.lastIndexOf('.') + 1));
  const files: string[] = [];
  const pending: { readonly dir: string; readonly all: boolean }[] = [{ dir: root, all: false }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    let entries;
    try {
      entries = readdirSync(next.dir, { withFileTypes: true });
    } catch (error) {
      // The glob library skips a directory it cannot read, too; the caller reports it.
      options.onUnreadable?.(next.dir, errorReason(error));
      continue;
    }
    const prefix = next.dir.endsWith(sep) ? next.dir : `${next.dir}${sep}`;
    for (const entry of entries) {
      const { name } = entry;
      if (name.startsWith('.') || skippedNames.includes(name)) continue;
      if (entry.isSymbolicLink()) return undefined;
      if (entry.isDirectory()) pending.push({ dir: `${prefix}${name}`, all: next.all || linted(name) });
      else if (entry.isFile() && (next.all || linted(name))) files.push(`${prefix}${name}`);
    }
  }
  return files;
}
