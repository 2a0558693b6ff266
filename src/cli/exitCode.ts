import type { Severity } from '../rules/finding.ts';
import type { LintRun } from './types.ts';

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/**
 * Computes the exit code of a lint run: 1 when a finding is at or above the fail severity or the
 * warnings exceed `maxWarnings`, else 0 (2, for usage, config and internal errors, is decided elsewhere).
 *
 * @param run The lint run.
 * @param failSeverity The lowest severity that fails.
 * @param maxWarnings The most warnings that pass, or `undefined` for no limit.
 *
 * @returns 0 or 1.
 */
export function exitCode(run: LintRun, failSeverity: Severity, maxWarnings: number | undefined): 0 | 1 {
  let warnings = 0;
  let failed = false;
  const fails = RANK[failSeverity];
  for (const result of run.results) {
    warnings += result.warningCount;
    for (const message of result.messages) if (RANK[message.severity] >= fails) failed = true;
  }
  return failed || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}

/**
 * Explains a failure that no finding shows: more warnings than `--max-warnings` allows (ESLint prints
 * "ESLint found too many warnings (maximum: N)." for the same reason).
 *
 * @param run The lint run (before `--quiet`).
 * @param maxWarnings The most warnings that pass, or `undefined` for no limit.
 *
 * @returns The line to print on standard error, or `undefined` when the warnings are within the limit.
 */
export function maxWarningsExceeded(run: LintRun, maxWarnings: number | undefined): string | undefined {
  if (maxWarnings === undefined) return undefined;
  let warnings = 0;
  for (const result of run.results) warnings += result.warningCount;
  if (warnings <= maxWarnings) return undefined;
  return `instance-preflight: too many warnings: ${warnings} found, --max-warnings allows ${maxWarnings}; exit code 1.\n`;
}
