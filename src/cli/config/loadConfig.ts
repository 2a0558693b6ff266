import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as v from 'valibot';
import { parse } from '@humanwhocodes/momoa';
import type { SourceRange } from '../types.ts';
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
 * Loads and validates a config file.
 *
 * @param path The config file's absolute path.
 *
 * @returns The config with its location.
 *
 * @throws {ConfigError} When the file cannot be read, is not JSON, or breaks the schema (every problem listed).
 */
export function loadConfig(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`${path}: cannot read the config file.`);
  }
  let tree;
  try {
    tree = parse(text.startsWith('\uFEFF') ? text.slice(1) : text, { mode: 'json' });
  } catch (error) {
    const { line, column } = error as { line?: number; column?: number };
    throw new ConfigError(`${path}:${line ?? 1}:${column ?? 1}: the config file is not valid JSON.`);
  }
  const result = v.safeParse(ConfigSchema, JSON.parse(text.replace(/^\uFEFF/, '')));
  if (!result.success) {
    const lines = result.issues.map((issue) => {
      const keys = (issue.path ?? []).map((item) => item.key as string | number);
      const at = jsonRange(tree.body, keys);
      return `${path}:${at.line}:${at.column}: ${keys.join('.') || '(config)'}: ${issue.message}`;
    });
    throw new ConfigError(lines.join('\n'));
  }
  const ignoreRanges = (result.output.ignores ?? []).map((_, index) => jsonRange(tree.body, ['ignores', index]));
  return { config: result.output, path, dir: dirname(path), ignoreRanges };
}
