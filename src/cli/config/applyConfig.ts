import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { MessageTable } from '../../errors/messages/types.ts';
import type { FileResult, LintMessage, SuppressedMessage } from '../types.ts';
import type { LoadedConfig } from './loadConfig.ts';
import { cliMessage } from '../lint/cliMessage.ts';
import { toResult } from '../lint/toResult.ts';
import { ruleSeverity } from './ruleSeverity.ts';

/** Linted file interface: a file's messages before config severities and ignores. */
export interface LintedFile {
  /** The absolute path, or `undefined` for standard input. */
  readonly path: string | undefined;
  /** The path as reported (relative to the working directory, `/`-separated). */
  readonly filePath: string;
  /** The messages. */
  readonly messages: readonly LintMessage[];
}

/**
 * Creates a matcher for config globs, relative to the config file's directory.
 *
 * @param globs A glob or a list of globs.
 * @param dir The config file's directory.
 *
 * @returns A test over absolute paths (standard input matches nothing).
 */
export function configMatcher(globs: string | readonly string[], dir: string): (path: string | undefined) => boolean {
  const match = picomatch([...(typeof globs === 'string' ? [globs] : globs)], { dot: true });
  return (path) => path !== undefined && match(relative(dir, path).split(sep).join('/'));
}

const isAtOrBelow = (pointer: string, scope: string): boolean => pointer === scope || pointer.startsWith(`${scope}/`);

/**
 * Applies a config to linted files: rule severities (`off` drops a message), then ignores (matched messages
 * move to `suppressed` with the ignore's reason). An ignore that matched nothing, though a file it names was
 * linted, is reported as `lint/unused-ignore` in the config file.
 *
 * @param files The linted files.
 * @param loaded The config, if any.
 * @param configPath The config file as reported.
 * @param table The message language.
 *
 * @returns One result per file, plus one for the config file when it has findings.
 */
export function applyConfig(
  files: readonly LintedFile[],
  loaded: LoadedConfig | undefined,
  configPath: string,
  table: MessageTable,
): FileResult[] {
  const rules = loaded?.config.rules;
  const ignores = (loaded?.config.ignores ?? []).map((ignore) => ({
    ...ignore,
    matches: configMatcher(ignore.files, loaded?.dir ?? ''),
    judged: false,
    used: false,
  }));
  const results = files.map((file) => {
    const scoped = ignores.filter((ignore) => ignore.matches(file.path));
    for (const ignore of scoped) ignore.judged = true;
    const kept: LintMessage[] = [];
    const suppressed: SuppressedMessage[] = [];
    for (const original of file.messages) {
      const setting = ruleSeverity(rules, original.ruleId);
      if (setting === 'off') continue;
      const message = setting ? { ...original, severity: setting } : original;
      const ignore = scoped.find(
        (candidate) =>
          (candidate.rule === message.ruleId || (candidate.rule.endsWith('/*') && message.ruleId.startsWith(candidate.rule.slice(0, -1)))) &&
          (candidate.pointer === undefined || isAtOrBelow(message.pointer, candidate.pointer)),
      );
      if (ignore) {
        ignore.used = true;
        suppressed.push({ ...message, reason: ignore.reason });
      } else {
        kept.push(message);
      }
    }
    return toResult(file.filePath, kept, suppressed);
  });
  const unused: LintMessage[] = [];
  const setting = ruleSeverity(rules, 'lint/unused-ignore');
  ignores.forEach((ignore, index) => {
    if (!ignore.judged || ignore.used || setting === 'off') return;
    const range = loaded?.ignoreRanges[index] ?? { line: 1, column: 1, endLine: 1, endColumn: 2 };
    const message = cliMessage('lint/unused-ignore', { rule: ignore.rule }, range, `/ignores/${index}`, table);
    unused.push(setting ? { ...message, severity: setting } : message);
  });
  if (unused.length > 0) results.push(toResult(configPath, unused, []));
  return results;
}
