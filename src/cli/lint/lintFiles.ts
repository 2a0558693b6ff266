import { resolve } from 'node:path';
import type { MessageTable } from '../../errors/messages/types.ts';
import type { CliOptions } from '../args.ts';
import type { LintedFile } from '../config/applyConfig.ts';
import type { ConfigSettings } from '../config/configSettings.ts';
import type { CliIo } from '../run.ts';
import { displayPath } from '../files/displayPath.ts';
import type { ExpandedInputs } from '../files/expandInputs.ts';
import { readSource } from '../files/readSource.ts';
import { readerFor } from '../readers/readerFor.ts';
import { cliMessage, FILE_START } from './cliMessage.ts';
import type { LintApis } from './lintApis.ts';
import { lintParsed, type LintSettings } from './lintParsed.ts';

/** The settings of one file: the same object as the previous file's when they agree (they nearly always do). */
function settingsOf(previous: LintSettings | undefined, options: CliOptions, fromConfig: ConfigSettings, apis: LintApis): LintSettings {
  const os = options.os ?? fromConfig.os;
  if (previous && previous.configApi === fromConfig.api && previous.os === os) return previous;
  return {
    lang: options.lang,
    apis,
    ...(options.api ? { api: options.api } : {}),
    ...(fromConfig.api ? { configApi: fromConfig.api } : {}),
    ...(os ? { os } : {}),
  };
}

/**
 * Lints the files a run names, one file at a time: reads it (refusing files over the size
 * limit, pipes, devices and directories), parses it, and lints each request, with the API and OS from the
 * command line, the request or the config. Standard input is linted as `--stdin-filename`'s file, if given.
 * Each file is one unit of failure: a file that cannot be read, an input that cannot be examined, and a file
 * the linter fails on are findings of their own, and the other files are linted all the same.
 *
 * @param inputs The files to lint, the inputs that cannot be examined and the files to check before reading (see `resolveInputs`).
 * @param options The command line.
 * @param io The working directory and standard input.
 * @param settingsFor The config's API and OS for a file.
 * @param table The message language.
 * @param apis The APIs of the run: the package's, and the config's.
 *
 * @returns One linted file per file, then one per input that could not be examined.
 */
export async function lintFiles(
  inputs: Pick<ExpandedInputs, 'files' | 'unreadable' | 'checked'>,
  options: CliOptions,
  io: CliIo,
  settingsFor: (path: string | undefined) => ConfigSettings,
  table: MessageTable,
  apis: LintApis,
): Promise<LintedFile[]> {
  const { files, unreadable, checked } = inputs;
  let settings: LintSettings | undefined;
  const reported = displayPath(io.cwd);
  const linted: LintedFile[] = [];
  const unreadableMessage = (reason: string): LintedFile['messages'] => [cliMessage('lint/file-unreadable', { reason }, FILE_START, '', table)];
  for (const file of files) {
    const stdin = file === '-';
    // --stdin-filename: standard input is linted as that file (its reader, its config overrides and ignores).
    const path = stdin ? (options.stdinFilename === undefined ? undefined : resolve(io.cwd, options.stdinFilename)) : file;
    const filePath = path ? reported(path) : '<stdin>';
    try {
      const source = stdin ? await io.stdin(options.maxFileSize) : readSource(file, options.maxFileSize, !checked.has(file));
      if ('problem' in source) {
        const messages =
          source.problem === 'too-large'
            ? [cliMessage('lint/file-too-large', { max: options.maxFileSize, actual: source.size }, FILE_START, '', table)]
            : unreadableMessage(source.reason ?? 'unreadable');
        linted.push({ path, filePath, messages });
        continue;
      }
      settings = settingsOf(settings, options, settingsFor(path), apis);
      const chosen = readerFor(path ?? file, source.text);
      const read = typeof chosen === 'function' ? chosen : await chosen;
      linted.push({ path, filePath, messages: lintParsed(read(source.text), settings) });
    } catch {
      // Whatever failed (a parser's stack, memory for one file's findings), it failed for this file only.
      linted.push({ path, filePath, messages: unreadableMessage('internal') });
    }
  }
  for (const { path, reason } of unreadable) linted.push({ path, filePath: reported(path), messages: unreadableMessage(reason) });
  return linted;
}
