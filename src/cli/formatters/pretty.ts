import type { RuleId } from '../../rules/ruleId.ts';
import type { LintRun } from '../types.ts';
import { escapeText, MAX_MESSAGE_SHOWN, MAX_PATH_SHOWN } from './escapeText.ts';
import { ruleDocsPath } from '../../errors/catalog.ts';

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' } as const;

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Each reported rule once, with its page: under the docs base URL, else in the installed package. */
function rulePages(run: LintRun): string[] {
  if (run.docsBaseUrl === undefined && run.packageDir === undefined) return [];
  const rules = new Set<RuleId>();
  for (const result of run.results) for (const message of result.messages) rules.add(message.ruleId);
  const width = Math.max(0, ...[...rules].map((rule) => rule.length));
  return [...rules].map((rule) => {
    const page = ruleDocsPath(rule);
    const where = run.docsBaseUrl ? new URL(page, run.docsBaseUrl).href : run.packageDir ? `${run.packageDir}/${page}` : page;
    return `${rule.padEnd(width)}  ${where}`;
  });
}

/**
 * Formats a lint run for people: messages grouped by file, the page of each reported rule (when the
 * package directory or a docs base URL is known), then the summary `N files, E errors, W warnings`
 * (with what `--quiet` hid).
 *
 * @param run The lint run.
 * @param color Whether to colour the output (stdout is a TTY and `NO_COLOR` is unset).
 *
 * @returns The text.
 */
export function pretty(run: LintRun, color: boolean): string {
  const paint = (code: keyof typeof COLORS, text: string): string => (color ? `${COLORS[code]}${text}${COLORS.reset}` : text);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let suppressed = 0;
  for (const result of run.results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    suppressed += result.suppressed.length;
    if (result.messages.length === 0) continue;
    lines.push(paint('bold', escapeText(result.filePath, MAX_PATH_SHOWN)));
    for (const message of result.messages) {
      if (message.severity === 'info') infos++;
      const at = `${message.line}:${message.column}`.padEnd(8);
      const vendor = message.vendorCode ? ` [${escapeText(message.vendorCode)}]` : '';
      const text = escapeText(message.message.replace(/\r?\n/g, ' '), MAX_MESSAGE_SHOWN);
      lines.push(`  ${paint('dim', at)}${paint(message.severity, message.severity.padEnd(8))}${text}${vendor}  ${paint('dim', escapeText(message.ruleId))}`);
    }
    lines.push('');
  }
  const pages = rulePages(run);
  if (pages.length > 0) lines.push('Rule pages:', ...pages.map((page) => `  ${paint('dim', page)}`), '');
  const hidden = [run.hidden?.warning ? plural(run.hidden.warning, 'warning') : '', run.hidden?.info ? plural(run.hidden.info, 'info') : ''].filter(Boolean);
  const extras = [
    infos > 0 ? plural(infos, 'info') : '',
    suppressed > 0 ? `${suppressed} suppressed` : '',
    hidden.length > 0 ? `${hidden.join(' and ')} hidden by --quiet` : '',
  ].filter(Boolean);
  const summary = [plural(run.results.length, 'file'), plural(errors, 'error'), plural(warnings, 'warning'), ...extras].join(', ');
  lines.push(paint(errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'bold', summary));
  return `${lines.join('\n')}\n`;
}
