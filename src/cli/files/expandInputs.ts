import { statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_NAMES } from '../config/findConfig.ts';
import { errorReason } from './errorReason.ts';
import { walkDirectory } from './walkDirectory.ts';

/** The file extensions linted when walking directories and globs. */
export const LINTED_EXTENSIONS = ['json', 'yaml', 'yml', 'txt', 'url'] as const;

const WALK = `**/*.{${LINTED_EXTENSIONS.join(',')}}`;
const SKIPPED = ['**/node_modules/**', '**/.git/**', ...CONFIG_NAMES.map((name) => `**/${name}`)];
const WALK_OPTIONS = { extensions: LINTED_EXTENSIONS, skippedNames: ['node_modules', ...CONFIG_NAMES] };

/** Expanded inputs interface: the files to lint and the inputs that named none. */
export interface ExpandedInputs {
  /** Absolute file paths, sorted, each once; `-` stands for standard input. */
  readonly files: readonly string[];
  /** Inputs that name nothing: a missing path, a glob without a match, or a directory with nothing to lint. */
  readonly missing: readonly { readonly input: string; readonly reason: 'not-found' | 'no-match' | 'empty' }[];
  /** Paths that exist but cannot be examined or read (an input whose `stat` fails, a directory that cannot be listed), with the error code. */
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
  /**
   * The files whose read checks with `stat` that they are regular files: those named on the command line or
   * matched by a glob, unless a directory walk also saw them as regular files in their directory entries.
   */
  readonly checked: ReadonlySet<string>;
}

/** The files to check before reading: those of `toCheck` that no walk saw as regular (the walked files go into a set only when some file is to check). */
function checkedOf(toCheck: readonly string[], walkedLists: readonly (readonly string[])[]): ReadonlySet<string> {
  if (toCheck.length === 0) return new Set();
  const walked = new Set(walkedLists.flat());
  return new Set(toCheck.filter((file) => !walked.has(file)));
}

const isLinted = (path: string): boolean => (LINTED_EXTENSIONS as readonly string[]).includes(path.slice(path.lastIndexOf('.') + 1).toLowerCase());

/**
 * Expands the command line's inputs: a file is taken as given, a directory is walked for JSON, YAML,
 * `.txt` and `.url` files (skipping `node_modules`, `.git` and config files), a glob is matched from the
 * working directory, and `-` is standard input. A directory is walked without the glob library unless it
 * holds a symbolic link; the library is loaded only then, and for a glob. An input that cannot be examined,
 * and a directory that cannot be listed, are returned with the reason rather than skipped.
 *
 * @param inputs The inputs.
 * @param cwd The working directory.
 *
 * @returns The files and the inputs that named none.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<ExpandedInputs> {
  // Every file found, repeats included, sorted and made unique at the end: no set of every path is built.
  const found: string[] = [];
  const walkedLists: string[][] = [];
  const toCheck: string[] = [];
  const missing: { input: string; reason: 'not-found' | 'no-match' | 'empty' }[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const onUnreadable = (path: string, reason: string): void => {
    unreadable.push({ path, reason });
  };
  const add = (files: readonly string[]): void => {
    for (const file of files) found.push(file);
  };
  let stdin = false;
  for (const input of inputs) {
    if (input === '-') {
      stdin = true;
      continue;
    }
    const path = resolve(cwd, input);
    let stats: Stats | undefined;
    try {
      stats = statSync(path, { throwIfNoEntry: false });
    } catch (error) {
      // ELOOP, ENOTDIR, ENAMETOOLONG, EACCES ...: the path names something that cannot be examined.
      unreadable.push({ path, reason: errorReason(error) });
      continue;
    }
    if (stats?.isDirectory()) {
      const unreadableBefore = unreadable.length;
      const walked = walkDirectory(path, { ...WALK_OPTIONS, onUnreadable });
      let files: readonly string[];
      if (walked) {
        walkedLists.push(walked);
        files = walked;
      } else {
        const { globSync } = await import('tinyglobby');
        files = globSync(WALK, { cwd: path, absolute: true, ignore: SKIPPED, dot: false }).map((file) => resolve(file));
        for (const file of files) toCheck.push(file);
      }
      add(files);
      // A directory with nothing to lint names nothing, as a glob without a match does (unless part of it was unreadable).
      if (files.length === 0 && unreadable.length === unreadableBefore) missing.push({ input, reason: 'empty' });
      continue;
    }
    if (stats) {
      found.push(path);
      toCheck.push(path);
      continue;
    }
    const { globSync, isDynamicPattern } = await import('tinyglobby');
    if (isDynamicPattern(input)) {
      const matched = globSync(input, { cwd, absolute: true, ignore: SKIPPED }).filter(isLinted).map((file) => resolve(file));
      if (matched.length === 0) missing.push({ input, reason: 'no-match' });
      add(matched);
      for (const file of matched) toCheck.push(file);
    } else {
      missing.push({ input, reason: 'not-found' });
    }
  }
  found.sort();
  const sorted = found.filter((file, at) => at === 0 || file !== found[at - 1]);
  return { files: stdin ? ['-', ...sorted] : sorted, missing, unreadable, checked: checkedOf(toCheck, walkedLists) };
}
