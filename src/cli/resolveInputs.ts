import type { CliOptions } from './args.ts';
import type { Config } from './config/configSchema.ts';
import { UsageError } from './args.ts';
import { expandInputs, LINTED_EXTENSIONS, type ExpandedInputs } from './files/expandInputs.ts';

/** Input error: an input that names no file to lint (exit code 2, as in ESLint). */
export class InputError extends Error {
  override readonly name = 'InputError';
}

const EXTENSIONS = LINTED_EXTENSIONS.map((extension) => `.${extension}`).join(', ');

/** One line per input that named nothing, in ESLint's words where ESLint has them. */
function problemLine({ input, reason }: ExpandedInputs['missing'][number]): string {
  const shown = JSON.stringify(input);
  if (reason === 'not-found') return `No such file or directory: ${shown}.`;
  if (reason === 'no-match') return `No files matching the pattern ${shown} were found.`;
  return `No files to lint in the directory ${shown} (${EXTENSIONS}).`;
}

/**
 * Decides what a run lints: the command line's paths, directories and globs (relative to the working
 * directory), else the config's `files` (relative to the config file). An input that names no file to
 * lint (a missing path, a glob without a match, a directory with nothing lintable) fails the run, unless
 * `--no-error-on-unmatched-pattern` is given; the config's `files` fail it only when they name nothing at all.
 *
 * @param options The command line.
 * @param cwd The working directory.
 * @param config The config and its directory, if a config was found.
 *
 * @returns The absolute files to lint, sorted (`-` stands for standard input), the paths that exist but
 * cannot be examined (each a `lint/file-unreadable` finding), and the files to check with `stat` before reading.
 *
 * @throws {UsageError} When no path is given and the config names no `files`.
 * @throws {InputError} When an input names no file to lint.
 */
export async function resolveInputs(
  options: Pick<CliOptions, 'patterns' | 'errorOnUnmatchedPattern'>,
  cwd: string,
  config: { readonly config: Config; readonly dir: string } | undefined,
): Promise<Pick<ExpandedInputs, 'files' | 'unreadable' | 'checked'>> {
  if (options.patterns.length > 0) {
    const { files, missing, unreadable, checked } = await expandInputs(options.patterns, cwd);
    if (missing.length > 0 && options.errorOnUnmatchedPattern) throw new InputError(missing.map(problemLine).join('\n'));
    return { files, unreadable, checked };
  }
  const patterns = config?.config.files;
  if (patterns === undefined || config === undefined) {
    throw new UsageError('No path given, and no config file names "files": give the paths, directories or globs to lint (- for standard input).');
  }
  const { files, unreadable, checked } = await expandInputs(typeof patterns === 'string' ? [patterns] : patterns, config.dir);
  if (files.length === 0 && unreadable.length === 0 && options.errorOnUnmatchedPattern) {
    throw new InputError(`No files matching the config's "files" (${JSON.stringify(patterns)}) were found.`);
  }
  return { files, unreadable, checked };
}
