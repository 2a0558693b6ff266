import { resolve, sep } from 'node:path';
import type { MessageTable } from '../../errors/messages/types.ts';
import type { CliOptions } from '../args.ts';
import type { LintedFile } from '../config/applyConfig.ts';
import type { ConfigSettings } from '../config/configSettings.ts';
import type { CliIo } from '../run.ts';
import { displayPath } from '../files/displayPath.ts';
import { expandInputs } from '../files/expandInputs.ts';
import { readSource } from '../files/readSource.ts';
import { readerFor } from '../readers/readerFor.ts';
import { cliMessage, FILE_START } from './cliMessage.ts';
import { lintParsed, type LintSettings } from './lintParsed.ts';

/**
 * Lints every input of the command line, one file at a time: reads it (refusing files over the size
 * limit), parses it, and lints each request, with the API and OS from the command line, the request or
 * the config. A file that cannot be read, and an input that names nothing, are findings of their own.
 *
 * @param options The command line.
 * @param io The working directory and standard input.
 * @param settingsFor The config's API and OS for a file.
 * @param table The message language.
 *
 * @returns One linted file per file, then one per input that named nothing.
 */
export async function lintFiles(
  options: CliOptions,
  io: CliIo,
  settingsFor: (path: string | undefined) => ConfigSettings,
  table: MessageTable,
): Promise<LintedFile[]> {
  const { files, missing } = await expandInputs(options.patterns, io.cwd);
  const reported = displayPath(io.cwd);
  const linted: LintedFile[] = [];
  for (const file of files) {
    const path = file === '-' ? undefined : file;
    const filePath = path ? reported(path) : '<stdin>';
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
