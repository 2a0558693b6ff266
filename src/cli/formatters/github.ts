import type { LintRun } from '../types.ts';
import { escapeText, MAX_MESSAGE_SHOWN, MAX_PATH_SHOWN } from './escapeText.ts';

/** GitHub shows this many annotations per level and step. */
export const ANNOTATIONS_PER_LEVEL = 10;

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes command data as the Actions toolkit does. */
export const escapeData = (text: string): string => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** Escapes a command property: data escaping plus `:` and `,`. */
export const escapeProperty = (text: string): string => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * Formats a lint run as GitHub Actions workflow commands (`::error file=...,line=...,col=...,title=<rule>::message`),
 * followed by a summary line when a level has more findings than GitHub annotates. File names and messages
 * are escaped ({@link escapeText}, so no ESC or other control reaches the log) before the toolkit's escaping.
 *
 * @param run The lint run.
 *
 * @returns The text.
 */
export function github(run: LintRun): string {
  const counts = { error: 0, warning: 0, info: 0 };
  let text = '';
  for (const result of run.results) {
    for (const message of result.messages) {
      counts[message.severity]++;
      const properties = [
        `file=${escapeProperty(escapeText(result.filePath, MAX_PATH_SHOWN))}`,
        `line=${message.line}`,
        `endLine=${message.endLine}`,
        `col=${message.column}`,
        `endColumn=${message.endColumn}`,
        `title=${escapeProperty(escapeText(message.ruleId))}`,
      ].join(',');
      // Each line of a message is made inert (ESC and every other control shown as text), then the toolkit's escaping keeps the lines.
      const data = message.message.split(/\r?\n/).map((line) => escapeText(line, MAX_MESSAGE_SHOWN)).join('\n');
      text += `::${COMMANDS[message.severity]} ${properties}::${escapeData(data)}\n`;
    }
  }
  const over = (['error', 'warning', 'info'] as const).filter((level) => counts[level] > ANNOTATIONS_PER_LEVEL);
  if (over.length > 0) {
    const hidden = over.map((level) => `${counts[level] - ANNOTATIONS_PER_LEVEL} ${level}`).join(', ');
    text += `instance-preflight: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos; GitHub annotates only ${ANNOTATIONS_PER_LEVEL} per level, so ${hidden} finding(s) are in this log only. Upload --format sarif for all of them.\n`;
  }
  return text;
}
