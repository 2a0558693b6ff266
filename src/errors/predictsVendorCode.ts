import type { Finding } from '../rules/finding.ts';

/**
 * Checks whether a finding may carry the vendor's error code. A vendor code is
 * a prediction of what the server answers, so only an error carries one, and a
 * warning that is an error for one OS left open by the request (its code
 * applies there). A warning from a disputed reading, a guessed limit or advice
 * predicts no rejection code, whatever code the parameter documents.
 *
 * @param finding The finding, or as much of it as a schema issue keeps.
 *
 * @returns Whether a documented vendor code may be attached.
 */
export function predictsVendorCode(finding: Pick<Finding, 'severity' | 'demoted'>): boolean {
  // A finding without a severity is an error (`severityOf`).
  return (finding.severity ?? 'error') === 'error' || finding.demoted === true;
}
