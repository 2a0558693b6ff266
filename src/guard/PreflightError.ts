import type { Report } from '../errors/issue.ts';

const where = (path: readonly (string | number)[]): string => (path.length === 0 ? 'the request' : path.join('.'));

/**
 * The error a guarded client throws when a request would break a vendor rule:
 * nothing was sent. It carries the `Report` (rule ids, wire paths, messages,
 * vendor codes), which never holds a secret; neither does its message.
 */
export class PreflightError extends Error {
  /** The report of the refused request: `ok` is `false`. */
  readonly report: Report;

  /**
   * Creates the error for a failed report.
   *
   * @param report The report, with at least one error.
   */
  constructor(report: Report) {
    const errors = report.issues.filter((issue) => issue.severity === 'error');
    const lines = errors.map((issue) => `- ${issue.rule} at ${where(issue.path)}: ${issue.message}${issue.vendor ? ` (${issue.vendor.code})` : ''}`);
    super(`${report.api}: the request was not sent; ${errors.length === 1 ? '1 error' : `${errors.length} errors`}:\n${lines.join('\n')}`);
    this.name = 'PreflightError';
    this.report = report;
  }
}
