import { parseArgs } from 'node:util';
import type { Os, Severity } from '../rules/finding.ts';
import type { Lang } from '../errors/issue.ts';
import { isHttpUrl } from './config/isHttpUrl.ts';
import { suggestApi } from './detect/suggestApi.ts';

/** The output formats. */
export const FORMATS = ['pretty', 'json', 'sarif', 'github', 'junit', 'parseable'] as const;

/** An output format name. */
export type FormatName = (typeof FORMATS)[number];

/** Output interface: one format and where it goes. */
export interface Output {
  /** The format. */
  readonly format: FormatName;
  /** The file it is written to; `undefined` for standard output. */
  readonly file?: string;
}

/** CLI options interface: the parsed command line. */
export interface CliOptions {
  /** Paths, directories, globs, or `-` for standard input; empty when none is given (the config's `files` then). */
  readonly patterns: readonly string[];
  /** The name standard input is linted as: its reader by extension, its config overrides and ignores. */
  readonly stdinFilename?: string;
  /** Whether an input that names no lintable file is an error (exit code 2), as in ESLint; `--no-error-on-unmatched-pattern` turns it off. */
  readonly errorOnUnmatchedPattern: boolean;
  /** The API id for every request (`--api`). */
  readonly api?: string;
  /** The target OS (`--os`). */
  readonly os?: Os;
  /** The outputs: at most one goes to standard output. */
  readonly outputs: readonly Output[];
  /** The lowest severity that fails the run. */
  readonly failSeverity: Severity;
  /** The most warnings that still pass, or `undefined` for no limit. */
  readonly maxWarnings?: number;
  /** The message language. */
  readonly lang: Lang;
  /** An explicit config file. */
  readonly config?: string;
  /** Whether to show only findings at or above the fail severity. */
  readonly quiet: boolean;
  /** The largest file read, in bytes. */
  readonly maxFileSize: number;
  /** The base URL of the rule doc pages, for SARIF `helpUri`. */
  readonly docsBaseUrl?: string;
  /** Whether `--help` was given. */
  readonly help: boolean;
  /** Whether `--version` was given. */
  readonly version: boolean;
}

/** Usage error: a bad command line (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The default `--max-file-size`: 10 MiB. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

const UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2 };

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of: ${allowed.join(', ')} (got "${value}").`);
}

function size(value: string): number {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(value.trim());
  const name = match?.[2]?.toLowerCase() ?? 'x';
  // An own property only: `5constructor` must not find Object.prototype.constructor.
  const unit = Object.hasOwn(UNITS, name) ? UNITS[name] : undefined;
  if (!match || unit === undefined) throw new UsageError(`--max-file-size must be a number of bytes, optionally with KiB or MiB (got "${value}").`);
  return Number(match[1]) * unit;
}

/** Pairs each `--output-file` with the `--format` just before it (a leading one with the first format). */
function outputsOf(tokens: readonly { kind: string; name?: string; value?: string | undefined }[]): Output[] {
  const formats: { format: FormatName; file?: string }[] = [];
  const early: string[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (token.name === 'format') formats.push({ format: oneOf('format', token.value, FORMATS) ?? 'pretty' });
    if (token.name === 'output-file') {
      const last = formats.at(-1);
      if (!last) early.push(token.value);
      else if (last.file === undefined) last.file = token.value;
      else throw new UsageError('Give one --output-file per --format.');
    }
  }
  if (formats.length === 0) formats.push({ format: 'pretty' });
  for (const file of early) {
    const first = formats.find((output) => output.file === undefined);
    if (!first) throw new UsageError('Give one --output-file per --format.');
    first.file = file;
  }
  if (formats.filter((output) => output.file === undefined).length > 1) {
    throw new UsageError('Only one format can go to standard output: give the others an --output-file.');
  }
  return formats.map((output) => (output.file === undefined ? { format: output.format } : { format: output.format, file: output.file }));
}

/**
 * Parses the `lint` command line.
 *
 * @param argv The arguments after the program name (`lint` first, optional).
 *
 * @returns The options.
 *
 * @throws {UsageError} For an unknown option or value, or outputs that clash. The `--api` id is checked by
 * {@link assertKnownApi} once the config's API modules are loaded.
 */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        api: { type: 'string' },
        os: { type: 'string' },
        format: { type: 'string', short: 'f', multiple: true },
        'output-file': { type: 'string', short: 'o', multiple: true },
        'fail-severity': { type: 'string' },
        'max-warnings': { type: 'string' },
        lang: { type: 'string' },
        config: { type: 'string', short: 'c' },
        quiet: { type: 'boolean', short: 'q' },
        'max-file-size': { type: 'string' },
        'docs-base-url': { type: 'string' },
        'stdin-filename': { type: 'string' },
        'no-error-on-unmatched-pattern': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, tokens } = parsed;
  const [command, ...patterns] = parsed.positionals;
  if (command !== undefined && command !== 'lint') throw new UsageError(`Unknown command "${command}": the command is "lint".`);
  const stdinFilename = values['stdin-filename'];
  if (stdinFilename !== undefined && (stdinFilename === '' || stdinFilename === '-')) throw new UsageError('--stdin-filename needs a file name, e.g. requests.url.');
  if (stdinFilename !== undefined && patterns.length > 0 && !patterns.includes('-')) {
    throw new UsageError('--stdin-filename names standard input: add - to the paths, or give no path.');
  }
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) throw new UsageError('--max-warnings must be a whole number.');
  if (values['docs-base-url'] !== undefined && !isHttpUrl(values['docs-base-url'])) throw new UsageError('--docs-base-url must be an absolute http or https URL.');
  const os = oneOf<Os>('os', values.os, ['linux', 'windows']);
  return {
    // --stdin-filename alone means standard input, as the name says.
    patterns: patterns.length === 0 && stdinFilename !== undefined ? ['-'] : patterns,
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
    errorOnUnmatchedPattern: values['no-error-on-unmatched-pattern'] !== true,
    ...(values.api !== undefined ? { api: values.api } : {}),
    ...(os ? { os } : {}),
    outputs: outputsOf(tokens),
    failSeverity: oneOf<Severity>('fail-severity', values['fail-severity'], ['error', 'warning', 'info']) ?? 'error',
    ...(maxWarnings !== undefined ? { maxWarnings: Number(maxWarnings) } : {}),
    lang: oneOf<Lang>('lang', values.lang, ['en', 'zh-CN']) ?? 'en',
    ...(values.config !== undefined ? { config: values.config } : {}),
    quiet: values.quiet ?? false,
    maxFileSize: values['max-file-size'] !== undefined ? size(values['max-file-size']) : DEFAULT_MAX_FILE_SIZE,
    ...(values['docs-base-url'] !== undefined ? { docsBaseUrl: values['docs-base-url'] } : {}),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

/**
 * Checks the `--api` id against the run's APIs (the package's, and those of the config's `apis` modules).
 *
 * @param api The `--api` value, if given.
 * @param ids The run's API ids.
 *
 * @throws {UsageError} For an unknown id, with the nearest id ("did you mean") and the known ids.
 */
export function assertKnownApi(api: string | undefined, ids: readonly string[]): void {
  if (api === undefined || ids.includes(api)) return;
  const suggestion = suggestApi(api, ids);
  throw new UsageError(`Unknown API id "${api}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}. Known ids: ${ids.join(', ')}.`);
}
