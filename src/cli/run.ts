import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Severity } from '../rules/finding.ts';
import type { MessageTable } from '../errors/messages/types.ts';
import type { FileResult, LintRun } from './types.ts';
import type { LintedFile } from './config/applyConfig.ts';
import type { LoadedConfig } from './config/loadConfig.ts';
import type { ReadSource } from './files/readSource.ts';
import { RULE_IDS } from '../errors/catalog.ts';
import { en } from '../errors/messages/en.ts';
import { zhCN } from '../errors/messages/zhCN.ts';
import { defaultSeverity } from '../errors/severity.ts';
import { parseCliArgs, UsageError, type CliOptions } from './args.ts';
import { applyConfig, configMatcher } from './config/applyConfig.ts';
import { findConfig } from './config/findConfig.ts';
import { ruleSeverity } from './config/ruleSeverity.ts';
import { exitCode } from './exitCode.ts';
import { expandInputs } from './files/expandInputs.ts';
import { readSource } from './files/readSource.ts';
import { formatterFor } from './formatters/formatterFor.ts';
import { cliMessage, FILE_START } from './lint/cliMessage.ts';
import { lintParsed, type LintSettings } from './lint/lintParsed.ts';
import { readerFor } from './readers/readerFor.ts';
import { USAGE } from './usage.ts';
import { packageVersion } from './version.ts';

/** CLI I/O interface: everything the command touches besides the file system. */
export interface CliIo {
  /** The working directory. */
  readonly cwd: string;
  /** The environment (`NO_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal. */
  readonly stdoutIsTTY: boolean;
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Reads standard input, refusing more than `maxSize` bytes. */
  readonly stdin: (maxSize: number) => Promise<ReadSource>;
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

const displayPath = (cwd: string, path: string): string => relative(cwd, path).split(sep).join('/');

/** Per-file API and OS from the config: top-level defaults, then every matching override in order. */
function configSettings(loaded: LoadedConfig | undefined): (path: string | undefined) => { api?: string; os?: 'linux' | 'windows' } {
  if (!loaded) return () => ({});
  const overrides = (loaded.config.overrides ?? []).map((override) => ({ ...override, matches: configMatcher(override.files, loaded.dir) }));
  return (path) => {
    let api = loaded.config.api;
    let os = loaded.config.os;
    for (const override of overrides) {
      if (!override.matches(path)) continue;
      api = override.api ?? api;
      os = override.os ?? os;
    }
    return { ...(api ? { api } : {}), ...(os ? { os } : {}) };
  };
}

async function lintFiles(options: CliOptions, io: CliIo, loaded: LoadedConfig | undefined, table: MessageTable): Promise<LintedFile[]> {
  const { files, missing } = expandInputs(options.patterns, io.cwd);
  const settingsFor = configSettings(loaded);
  const linted: LintedFile[] = [];
  for (const file of files) {
    const path = file === '-' ? undefined : file;
    const filePath = path ? displayPath(io.cwd, path) : '<stdin>';
    const source = path ? readSource(path, options.maxFileSize) : await io.stdin(options.maxFileSize);
    if ('problem' in source) {
      const message =
        source.problem === 'too-large'
          ? cliMessage('lint/file-too-large', { max: options.maxFileSize, actual: source.size }, FILE_START, '', table)
          : cliMessage('lint/file-unreadable', { reason: 'unreadable' }, FILE_START, '', table);
      linted.push({ path, filePath, messages: [message] });
      continue;
    }
    const fromConfig = settingsFor(path);
    const os = options.os ?? fromConfig.os;
    const settings: LintSettings = {
      lang: options.lang,
      ...(options.api ? { api: options.api } : {}),
      ...(fromConfig.api ? { configApi: fromConfig.api } : {}),
      ...(os ? { os } : {}),
    };
    const read = await readerFor(file, source.text);
    linted.push({ path, filePath, messages: lintParsed(read(source.text), settings) });
  }
  for (const { input, reason } of missing) {
    linted.push({ path: resolve(io.cwd, input), filePath: input.split(sep).join('/'), messages: [cliMessage('lint/file-unreadable', { reason }, FILE_START, '', table)] });
  }
  return linted;
}

/** Keeps only findings at or above the fail severity (`--quiet`), with the counts to match. */
function quieted(results: readonly FileResult[], failSeverity: Severity): FileResult[] {
  return results.map((result) => {
    const messages = result.messages.filter((message) => RANK[message.severity] >= RANK[failSeverity]);
    return {
      ...result,
      messages,
      errorCount: messages.filter((message) => message.severity === 'error').length,
      warningCount: messages.filter((message) => message.severity === 'warning').length,
    };
  });
}

function write(io: CliIo, file: string | undefined, text: string): void {
  if (file === undefined) {
    io.stdout(text);
    return;
  }
  const path = resolve(io.cwd, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

async function lint(options: CliOptions, io: CliIo): Promise<number> {
  const table = options.lang === 'zh-CN' ? zhCN : en;
  const configPath = options.config ? resolve(io.cwd, options.config) : findConfig(io.cwd);
  // The config schema pulls in valibot: load it only when there is a config.
  const loaded = configPath ? (await import('./config/loadConfig.ts')).loadConfig(configPath) : undefined;
  const linted = await lintFiles(options, io, loaded, table);
  const results = applyConfig(linted, loaded, configPath ? displayPath(io.cwd, configPath) : '', table);
  const rules = RULE_IDS.flatMap((id) => {
    const setting = ruleSeverity(loaded?.config.rules, id) ?? defaultSeverity(id);
    return setting === 'off' ? [] : [{ id, severity: setting }];
  });
  const docsBaseUrl = options.docsBaseUrl ?? loaded?.config.docsBaseUrl;
  const run: LintRun = { results, rules, ...(docsBaseUrl ? { docsBaseUrl } : {}) };
  const code = exitCode(run, options.failSeverity, options.maxWarnings);
  const shown: LintRun = options.quiet ? { ...run, results: quieted(results, options.failSeverity) } : run;
  const color = io.stdoutIsTTY && io.env['NO_COLOR'] === undefined;
  const version = packageVersion();
  for (const output of options.outputs) write(io, output.file, formatterFor(output.format, color && !output.file, version)(shown));
  return code;
}

/** Prints an internal error without its message: V8 messages may quote values, and values may be secrets. */
function internalError(io: CliIo, error: unknown): number {
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 6).join('\n') : '';
  io.stderr(`instance-preflight: internal error (${name}); please report it.\n${frames}\n`);
  return 2;
}

/**
 * Runs the command line: parses it, lints, writes every output, and returns the exit code
 * (0 clean, 1 findings, 2 usage, config or internal error). Never throws.
 *
 * @param argv The arguments after the program name.
 * @param io The standard streams, working directory and environment.
 *
 * @returns The exit code.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (options.version) {
      io.stdout(`${packageVersion()}\n`);
      return 0;
    }
    return await lint(options, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && error.name === 'ConfigError')) {
      io.stderr(`instance-preflight: ${error.message}\n${error instanceof UsageError ? 'Run "instance-preflight --help" for usage.\n' : ''}`);
      return 2;
    }
    return internalError(io, error);
  }
}
