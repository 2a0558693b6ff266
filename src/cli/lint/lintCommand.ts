import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Severity } from '../../rules/finding.ts';
import type { CliOptions } from '../args.ts';
import type { CliIo } from '../run.ts';
import type { LintRun, SuppressedMessage } from '../types.ts';
import type { ConfigSettings } from '../config/configSettings.ts';
import { RULE_IDS } from '../../errors/catalog.ts';
import { TABLES } from '../../errors/messages/tables.ts';
import { defaultSeverity } from '../../errors/severity.ts';
import { assertKnownApi } from '../args.ts';
import { findConfig } from '../config/findConfig.ts';
import { ruleSeverity } from '../config/ruleSeverity.ts';
import { exitCode, maxWarningsExceeded } from '../exitCode.ts';
import { packageRoot } from '../docs/packageRoot.ts';
import { resolveInputs } from '../resolveInputs.ts';
import { displayPath } from '../files/displayPath.ts';
import { errorReason } from '../files/errorReason.ts';
import { writeOutput } from '../files/writeOutput.ts';
import { escapeText, MAX_PATH_SHOWN } from '../formatters/escapeText.ts';
import { formatterFor } from '../formatters/formatterFor.ts';
import { packageVersion } from '../version.ts';
import { BUILT_IN_APIS } from './lintApis.ts';
import { lintFiles } from './lintFiles.ts';
import { toResult } from './toResult.ts';

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

const NONE: ConfigSettings = {};
const NO_SETTINGS = (): ConfigSettings => NONE;

/** The suppressed messages of a run without a config: one frozen empty list for every file. */
const NOT_SUPPRESSED: readonly SuppressedMessage[] = Object.freeze([]);

/** Keeps only findings at or above the fail severity (`--quiet`), with the counts to match and what was hidden. */
function quieted(run: LintRun, failSeverity: Severity): LintRun {
  const hidden = { warning: 0, info: 0 };
  const results = run.results.map((result) => {
    for (const message of result.messages) {
      if (RANK[message.severity] < RANK[failSeverity] && message.severity !== 'error') hidden[message.severity]++;
    }
    const messages = result.messages.filter((message) => RANK[message.severity] >= RANK[failSeverity]);
    return {
      ...result,
      messages,
      errorCount: messages.filter((message) => message.severity === 'error').length,
      warningCount: messages.filter((message) => message.severity === 'warning').length,
    };
  });
  return { ...run, results, hidden };
}

/** The package directory as shown: relative to the working directory when under it (`''` when it is it), else absolute. */
function shownPackageDir(root: string, cwd: string): string {
  const path = relative(cwd, root);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path)) ? path.split(sep).join('/') : root;
}

/** Writes one output; a file that cannot be written (a directory, a full disk) is reported, not thrown. */
function write(io: CliIo, file: string | undefined, text: string): boolean {
  if (file === undefined) {
    io.stdout(text);
    return true;
  }
  try {
    const path = resolve(io.cwd, file);
    mkdirSync(dirname(path), { recursive: true });
    writeOutput(path, text);
    return true;
  } catch (error) {
    io.stderr(`instance-preflight: cannot write the output file ${escapeText(file, MAX_PATH_SHOWN)} (${errorReason(error)}).\n`);
    return false;
  }
}

/**
 * Runs `instance-preflight lint`: finds and loads the config, decides the inputs (the command line's, else the
 * config's `files`), lints them, applies the config's severities and ignores, writes every output, and says
 * on standard error when too many warnings fail the run.
 *
 * @param options The parsed command line.
 * @param io The standard streams, working directory and environment.
 *
 * @returns The exit code: 0 or 1, or 2 when an output file cannot be written.
 *
 * @throws {ConfigError} When the config file cannot be read, parsed or validated.
 * @throws {UsageError} When `--api` names no API of the run, or no path is given and the config names no `files`.
 * @throws {InputError} When an input names no file to lint (unless `--no-error-on-unmatched-pattern`).
 */
export async function lintCommand(options: CliOptions, io: CliIo): Promise<number> {
  const table = TABLES[options.lang];
  const configPath = options.config ? resolve(io.cwd, options.config) : findConfig(io.cwd);
  // The config schema (valibot) and the glob matcher (picomatch) are loaded only when there is a config.
  const loaded = configPath ? await (await import('../config/loadConfig.ts')).loadConfig(configPath, options.maxFileSize) : undefined;
  // --api is checked once the config's API modules are loaded: it may name one of their APIs.
  const apis = loaded?.apis ?? BUILT_IN_APIS;
  assertKnownApi(options.api, apis.ids);
  const settingsFor = loaded ? (await import('../config/configSettings.ts')).configSettings(loaded) : NO_SETTINGS;
  const inputs = await resolveInputs(options, io.cwd, loaded);
  const linted = await lintFiles(inputs, options, io, settingsFor, table, apis);
  const results =
    loaded && configPath
      ? (await import('../config/applyConfig.ts')).applyConfig(linted, loaded, displayPath(io.cwd)(configPath), table)
      : linted.map((file) => toResult(file.filePath, file.messages, NOT_SUPPRESSED));
  const rules = RULE_IDS.flatMap((id) => {
    const setting = ruleSeverity(loaded?.config.rules, id) ?? defaultSeverity(id);
    return setting === 'off' ? [] : [{ id, severity: setting }];
  });
  const docsBaseUrl = options.docsBaseUrl ?? loaded?.config.docsBaseUrl;
  const root = packageRoot(import.meta.url);
  const run: LintRun = { results, rules, ...(docsBaseUrl ? { docsBaseUrl } : {}), ...(root ? { packageDir: shownPackageDir(root, io.cwd) } : {}) };
  const code = exitCode(run, options.failSeverity, options.maxWarnings);
  const shown: LintRun = options.quiet ? quieted(run, options.failSeverity) : run;
  const color = io.stdoutIsTTY && io.env['NO_COLOR'] === undefined;
  const version = packageVersion();
  let written = true;
  for (const output of options.outputs) written = write(io, output.file, (await formatterFor(output.format, color && !output.file, version))(shown)) && written;
  // After the report, on standard error (as ESLint does): a failure no finding shows needs saying.
  const tooMany = maxWarningsExceeded(run, options.maxWarnings);
  if (tooMany) io.stderr(tooMany);
  // Every output is attempted; one that could not be written fails the run as an output error.
  return written ? code : 2;
}
