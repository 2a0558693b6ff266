import * as v from 'valibot';
import type { Report } from '../../../src/errors/issue.ts';
import type { PreflightSchema } from '../../../src/engine/createSchema.ts';
import type { LocatedReport } from '../../../src/validateLocated.ts';

/** An issue's path as written: the source path where the report has one (`validateLocated`), else its path. */
const pathOf = (report: Report | LocatedReport, index: number): readonly (string | number)[] =>
  ('sourcePaths' in report ? report.sourcePaths[index] : undefined) ?? (report.issues[index]?.path ?? []);

/** An issue reduced to what the direct checker and the valibot schema must agree on. */
export type IssueKey = string;

/**
 * Reduces a report to its sorted (severity, rule, path) keys; a `validateLocated()` report gives each path as
 * written (a key the API lacks is `<redacted key N>` in the issue's own path).
 *
 * @param report The report of `validate()` or `validateLocated()`.
 *
 * @returns The keys.
 */
export function reportKeys(report: Report | LocatedReport): IssueKey[] {
  return report.issues.map((issue, index) => `${issue.severity} ${issue.rule} ${JSON.stringify(pathOf(report, index))}`).sort();
}

/**
 * Runs a valibot schema and reduces its issues to sorted (severity, rule, path) keys.
 *
 * @param schema The schema (built with `warnings: true` to compare warnings too).
 * @param payload The payload.
 *
 * @returns The keys.
 */
export function schemaKeys(schema: PreflightSchema, payload: unknown): IssueKey[] {
  const result = v.safeParse(schema, payload);
  return (result.issues ?? [])
    .map((issue) => {
      const { rule, severity } = issue as { rule?: string; severity?: string };
      const path = (issue.path ?? []).map((item) => item.key);
      return `${severity ?? 'error'} ${rule ?? 'parameter/type'} ${JSON.stringify(path)}`;
    })
    .sort();
}

/**
 * Lists the errors of a report as (rule, path) keys; paths as written for a `validateLocated()` report.
 *
 * @param report The report.
 *
 * @returns The error keys.
 */
export function errorKeys(report: Report | LocatedReport): IssueKey[] {
  return report.issues
    .map((issue, index) => (issue.severity === 'error' ? `${issue.rule} ${JSON.stringify(pathOf(report, index))}` : undefined))
    .filter((key) => key !== undefined)
    .sort();
}
