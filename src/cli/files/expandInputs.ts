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
  /** The files a directory walk saw as regular files in their directory entries: their read needs no `stat`. */
  readonly regular: ReadonlySet<string>;
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
  const files = new Set<string>();
  const regular = new Set<string>();
  const missing: { input: string; reason: 'not-found' | 'no-match' | 'empty' }[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const onUnreadable = (path: string, reason: string): void => {
    unreadable.push({ path, reason });
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
      let walked = walkDirectory(path, { ...WALK_OPTIONS, onUnreadable });
      if (walked) for (const file of walked) regular.add(file);
      else {
        const { globSync } = await import('tinyglobby');
        walked = globSync(WALK, { cwd: path, absolute: true, ignore: SKIPPED, dot: false }).map((file) => resolve(file));
      }
      for (const file of walked) files.add(file);
      // A directory with nothing to lint names nothing, as a glob without a match does (unless part of it was unreadable).
      if (walked.length === 0 && unreadable.length === unreadableBefore) missing.push({ input, reason: 'empty' });
      continue;
    }
    if (stats) {
      files.add(path);
      continue;
    }
    const { globSync, isDynamicPattern } = await import('tinyglobby');
    if (isDynamicPattern(input)) {
      const matched = globSync(input, { cwd, absolute: true, ignore: SKIPPED }).filter(isLinted);
      if (matched.length === 0) missing.push({ input, reason: 'no-match' });
      for (const file of matched) files.add(resolve(file));
    } else {
      missing.push({ input, reason: 'not-found' });
    }
  }
  const sorted = [...files].sort();
  return { files: stdin ? ['-', ...sorted] : sorted, missing, unreadable, regular };
}
