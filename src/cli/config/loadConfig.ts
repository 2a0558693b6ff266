import { dirname } from 'node:path';
import * as v from 'valibot';
import { parse } from '@humanwhocodes/momoa';
import type { SourceRange } from '../types.ts';
import { DEFAULT_MAX_FILE_SIZE } from '../args.ts';
import { readSource } from '../files/readSource.ts';
import { escapeText } from '../formatters/escapeText.ts';
import { indexJson, type JsonIndex } from '../locate/jsonIndex.ts';
import { jsonRange } from '../locate/jsonRange.ts';
import { BUILT_IN_APIS, lintApis, type LintApis } from '../lint/lintApis.ts';
import { ConfigError } from './configError.ts';
import { ApisSchema, CONFIG_KEYS, configSchema, type Config } from './configSchema.ts';
import { loadApis } from './loadApis.ts';

/** Loaded config interface: a validated config and where it came from. */
export interface LoadedConfig {
  /** The config. */
  readonly config: Config;
  /** The config file's absolute path. */
  readonly path: string;
  /** The directory its globs are relative to. */
  readonly dir: string;
  /** The source range of each ignore, for the unused-ignore finding. */
  readonly ignoreRanges: readonly SourceRange[];
  /** The APIs the run lints against: the package's, and those the config's `apis` modules export. */
  readonly apis: LintApis;
}

/** One config error line per problem, at its place in the file: `file:line:column: key.path: message`. */
function problemLines(shown: string, index: JsonIndex, problems: readonly { readonly keys: readonly (string | number)[]; readonly message: string }[]): string {
  return problems
    .map(({ keys, message }) => {
      const at = jsonRange(index, keys);
      return `${shown}:${at.line}:${at.column}: ${escapeText(keys.join('.')) || '(config)'}: ${escapeText(message, 1000)}`;
    })
    .join('\n');
}

/** The issues of a failed parse, as problems. */
const issuesOf = (issues: readonly v.BaseIssue<unknown>[], prefix: readonly (string | number)[] = []) =>
  issues.map((issue) => ({ keys: [...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)], message: issue.message }));

/**
 * Loads and validates a config file. It is read as request files are: a named pipe or a device is refused
 * without blocking (`--config /dev/zero` ends at once), and so is a file over the size limit. The modules
 * its `apis` names are loaded first (see `loadApis`), so its `api` values may name their APIs.
 *
 * @param path The config file's absolute path.
 * @param maxSize The largest size read, in bytes (`--max-file-size`).
 *
 * @returns The config with its location and the run's APIs.
 *
 * @throws {ConfigError} When the file cannot be read, is not JSON, names API modules that cannot be used, or
 * breaks the schema (every problem listed).
 */
export async function loadConfig(path: string, maxSize: number = DEFAULT_MAX_FILE_SIZE): Promise<LoadedConfig> {
  const shown = escapeText(path, 4096);
  const source = readSource(path, maxSize);
  if ('problem' in source) {
    throw new ConfigError(
      source.problem === 'too-large'
        ? `${shown}: the config file has ${source.size} bytes, more than the ${maxSize} read (--max-file-size).`
        : `${shown}: cannot read the config file (${source.reason ?? 'unreadable'}).`,
    );
  }
  const { text } = source;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    let line = 1;
    let column = 1;
    try {
      parse(text, { mode: 'json' });
    } catch (error) {
      ({ line = 1, column = 1 } = error as { line?: number; column?: number });
    }
    throw new ConfigError(`${shown}:${line}:${column}: the config file is not valid JSON.`);
  }
  const index = indexJson(text);
  // valibot's object schemas take arrays (an array is an object with no unknown keys), so `[]` is refused here.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`${shown}:1:1: (config): Use a JSON object with only the keys ${CONFIG_KEYS}.`);
  }
  const dir = dirname(path);
  let apis = BUILT_IN_APIS;
  const entries = (value as Record<string, unknown>)['apis'];
  if (entries !== undefined) {
    const parsed = v.safeParse(ApisSchema, entries);
    if (!parsed.success) throw new ConfigError(problemLines(shown, index, issuesOf(parsed.issues, ['apis'])));
    const loaded = await loadApis(parsed.output, dir);
    if ('problems' in loaded) throw new ConfigError(problemLines(shown, index, loaded.problems.map((problem) => ({ keys: ['apis', problem.index], message: problem.message }))));
    apis = lintApis(loaded.records);
  }
  const result = v.safeParse(configSchema(apis.ids), value);
  if (!result.success) throw new ConfigError(problemLines(shown, index, issuesOf(result.issues)));
  const ignoreRanges = (result.output.ignores ?? []).map((_, at) => jsonRange(index, ['ignores', at]));
  return { config: result.output, path, dir, ignoreRanges, apis };
}
