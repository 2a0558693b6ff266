import { RULE_IDS } from '../../../src/errors/catalog.ts';
import type { Report } from '../../../src/errors/issue.ts';

const RULES: ReadonlySet<string> = new Set(RULE_IDS);
const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info']);

/**
 * Lists what is wrong with a value that should be a Report: the contract in docs/design-decisions.md#the-validate-contract.
 *
 * @param report The value `validate()` returned.
 * @param api The API id it was called with.
 *
 * @returns The faults, `[]` for a well-formed report.
 */
export function reportFaults(report: Report, api: string): string[] {
  const faults: string[] = [];
  if (report.api !== api) faults.push(`api ${String(report.api)}`);
  if (!Array.isArray(report.issues)) return [...faults, 'issues is not an array'];
  for (const issue of report.issues) {
    if (!RULES.has(issue.rule)) faults.push(`unknown rule ${String(issue.rule)}`);
    if (!SEVERITIES.has(issue.severity)) faults.push(`severity ${String(issue.severity)}`);
    if (!Array.isArray(issue.path) || !issue.path.every((segment) => typeof segment === 'string' || typeof segment === 'number')) {
      faults.push(`path of ${issue.rule}`);
    }
    if (typeof issue.message !== 'string' || issue.message === '') faults.push(`message of ${issue.rule}`);
  }
  if (report.ok !== !report.issues.some((issue) => issue.severity === 'error')) faults.push('ok disagrees with the issues');
  return faults;
}
