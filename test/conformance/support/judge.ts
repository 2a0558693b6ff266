import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiId } from '../../../src/apis.ts';
import { validate, type ValidateOptions } from '../../../src/index.ts';
import { buildCli, runCli, type BuiltCli } from '../../cli/support/buildCli.ts';

/** An expected finding: its rule at its wire path. */
export interface Expected {
  /** The rule id, e.g. `password/length`. */
  readonly rule: string;
  /** The wire path, e.g. `['LoginSettings', 'Password']`. */
  readonly path: readonly (string | number)[];
}

/**
 * Lists the errors `validate()` reports, as `rule path` strings (path joined with dots).
 *
 * @param api The API id.
 * @param input The payload, or the query string with `encoding: 'query'`.
 * @param options The validate options.
 *
 * @returns The errors, in report order.
 */
export function errorsOf(api: ApiId, input: unknown, options: ValidateOptions = {}): string[] {
  return validate(api, input, options)
    .issues.filter((issue) => issue.severity === 'error')
    .map((issue) => `${issue.rule} ${issue.path.join('.')}`);
}

/**
 * Formats an expected finding as {@link errorsOf} lists it.
 *
 * @param expected The expected finding.
 *
 * @returns `rule path`.
 */
export const asError = (expected: Expected): string => `${expected.rule} ${expected.path.join('.')}`;

/**
 * Checks that a list of `rule path` errors ({@link errorsOf}, {@link lintErrors}) holds the expected finding. An
 * unknown parameter is matched at its parent path only: the last segment is the key as written, which the
 * library may withhold from issues (a key split from a secret can hold part of it).
 *
 * @param errors The errors, `rule path` with `separator` between path segments.
 * @param expected The expected finding.
 * @param separator `.` for {@link errorsOf}, `/` for CLI pointers.
 * @param prefix Path segments above the request (a request-lines file's line index).
 *
 * @returns Whether one error matches.
 */
export function hasError(errors: readonly string[], expected: Expected, separator: '.' | '/' = '.', prefix: readonly (string | number)[] = []): boolean {
  const path = [...prefix, ...expected.path];
  const text = separator === '/' ? pointerOf(path) : path.join('.');
  if (expected.rule !== 'parameter/unknown') return errors.includes(`${expected.rule} ${text}`);
  const parent = text.slice(0, text.lastIndexOf(separator) + 1);
  return errors.some((error) => {
    const at = error.slice(expected.rule.length + 1);
    return error.startsWith(`${expected.rule} `) && at.startsWith(parent) && !at.slice(parent.length).includes(separator);
  });
}

/** A request saved as a file for `instance-preflight lint`. */
export interface LintFile {
  /** A file name unique in its run, with the extension that picks the reader (`.json`, `.txt`). */
  readonly name: string;
  /** The API id passed as `--api`. */
  readonly api: ApiId;
  /** The target image's OS passed as `--os`, when the request is for one. */
  readonly os?: 'linux' | 'windows';
  /** The exact file text. */
  readonly text: string;
}

/** One finding of the CLI's JSON output. */
export interface LintMessage {
  readonly ruleId: string;
  readonly severity: string;
  readonly pointer: string;
}

/**
 * Converts a wire path to the RFC 6901 pointer the CLI reports.
 *
 * @param path The wire path.
 *
 * @returns The pointer (`''` for the root).
 */
export const pointerOf = (path: readonly (string | number)[]): string =>
  path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/** The CLI built once per test file (esbuild bundle in a temporary directory, not the shared `dist/`). */
let built: Promise<BuiltCli> | undefined;

/**
 * Lints files with the built CLI, one child process per API and OS (`--api`, `--os`, `--format json`).
 *
 * @param files The files.
 *
 * @returns Each file's messages, by file name.
 */
export async function lintFiles(files: readonly LintFile[]): Promise<Map<string, LintMessage[]>> {
  built ??= buildCli();
  const cli = await built;
  const work = mkdtempSync(join(tmpdir(), 'instance-preflight-conformance-'));
  const out = new Map<string, LintMessage[]>();
  try {
    const groups = new Map<string, LintFile[]>();
    for (const file of files) {
      const key = `${file.api} ${file.os ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), file]);
    }
    let index = 0;
    for (const group of groups.values()) {
      const [{ api, os } = { api: '', os: undefined }] = group;
      const dir = join(work, String(index++));
      mkdirSync(dir);
      for (const file of group) writeFileSync(join(dir, file.name), file.text);
      const args = ['lint', '--api', api, ...(os ? ['--os', os] : []), '--format', 'json', ...group.map((file) => join(dir, file.name))];
      const result = runCli(cli, args, { cwd: work });
      if (result.code === 2 || result.stdout === '') throw new Error(`lint failed for ${api}: ${result.stderr}`);
      const report = JSON.parse(result.stdout) as { filePath: string; messages: LintMessage[] }[];
      for (const entry of report) {
        const name = entry.filePath.slice(entry.filePath.lastIndexOf('/') + 1);
        out.set(name, entry.messages);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}

/**
 * Removes the CLI bundle {@link lintFiles} built.
 */
export async function removeCli(): Promise<void> {
  if (built) (await built).remove();
  built = undefined;
}

/**
 * Lists a file's CLI errors as `rule pointer` strings.
 *
 * @param messages The file's messages.
 *
 * @returns The errors.
 */
export const lintErrors = (messages: readonly LintMessage[] | undefined): string[] =>
  (messages ?? []).filter((message) => message.severity === 'error').map((message) => `${message.ruleId} ${message.pointer}`);
