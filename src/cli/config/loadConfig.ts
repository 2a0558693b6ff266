import { dirname } from 'node:path';
import * as v from 'valibot';
import { parse } from '@humanwhocodes/momoa';
import type { SourceRange } from '../types.ts';
import { DEFAULT_MAX_FILE_SIZE } from '../args.ts';
import { readSource } from '../files/readSource.ts';
import { escapeText } from '../formatters/escapeText.ts';
import { indexJson } from '../locate/jsonIndex.ts';
import { jsonRange } from '../locate/jsonRange.ts';
import { ConfigSchema, type Config } from './configSchema.ts';

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
}

/** Config error: a config file that cannot be read, parsed or validated (exit code 2). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Loads and validates a config file. It is read as request files are: a named pipe or a device is refused
 * without blocking (`--config /dev/zero` ends at once), and so is a file over the size limit.
 *
 * @param path The config file's absolute path.
 * @param maxSize The largest size read, in bytes (`--max-file-size`).
 *
 * @returns The config with its location.
 *
 * @throws {ConfigError} When the file cannot be read, is not JSON, or breaks the schema (every problem listed).
 */
export function loadConfig(path: string, maxSize: number = DEFAULT_MAX_FILE_SIZE): LoadedConfig {
  const shown = escapeText(path, 4096);
  const source = readSource(path, maxSize);
  if ('problem' in source) {
    throw new ConfigError(
      source.problem === 'too-large'
        ? `${shown}: the config file has ${source.size} bytes, more than the ${maxSize} read (--max-file-size).`
        : `${shown}: cannot read the config file (${source.reason ?? 'unreadable'}).`,
    );
  }
  const text = source.text.startsWith('\uFEFF') ? source.text.slice(1) : source.text;
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
    throw new ConfigError(`${shown}:1:1: (config): Use a JSON object with only the keys $schema, api, os, docsBaseUrl, overrides, rules and ignores.`);
  }
  const result = v.safeParse(ConfigSchema, value);
  if (!result.success) {
    const lines = result.issues.map((issue) => {
      const keys = (issue.path ?? []).map((item) => item.key as string | number);
      const at = jsonRange(index, keys);
      return `${shown}:${at.line}:${at.column}: ${escapeText(keys.join('.')) || '(config)'}: ${escapeText(issue.message, 1000)}`;
    });
    throw new ConfigError(lines.join('\n'));
  }
  const ignoreRanges = (result.output.ignores ?? []).map((_, at) => jsonRange(index, ['ignores', at]));
  return { config: result.output, path, dir: dirname(path), ignoreRanges };
}
