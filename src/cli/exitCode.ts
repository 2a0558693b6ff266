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
  for (const result of run.results) {
    warnings += result.warningCount;
    if (result.messages.some((message) => RANK[message.severity] >= RANK[failSeverity])) failed = true;
  }
  return failed || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}
