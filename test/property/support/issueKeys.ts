import * as v from 'valibot';
import type { Report } from '../../../src/errors/issue.ts';
import type { PreflightSchema } from '../../../src/schemas/build/createSchema.ts';

/** An issue reduced to what the direct checker and the valibot schema must agree on. */
export type IssueKey = string;

/**
 * Reduces a report to its sorted (severity, rule, path) keys.
 *
 * @param report The report of `validate()`.
 *
 * @returns The keys.
 */
export function reportKeys(report: Report): IssueKey[] {
  return report.issues.map((issue) => `${issue.severity} ${issue.rule} ${JSON.stringify(issue.path)}`).sort();
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
 * Lists the errors of a report as (rule, path) keys.
 *
 * @param report The report.
 *
 * @returns The error keys.
 */
export function errorKeys(report: Report): IssueKey[] {
  return report.issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => `${issue.rule} ${JSON.stringify(issue.path)}`)
    .sort();
}
