import type { Finding, Severity } from '../rules/finding.ts';
import type { RuleId } from '../rules/ruleId.ts';

/** Rules whose default severity is not `error`: the catalog's and the CLI's defaults. */
const NON_ERROR_DEFAULTS: Readonly<Partial<Record<RuleId, Severity>>> = {
  'parameter/length': 'warning',
  'parameter/unused': 'warning',
  'hostname/label-length': 'warning',
  'metadata/ignored-key': 'warning',
  'userdata/padding': 'warning',
  'credentials/ignored': 'warning',
  'system-disk/type': 'warning',
  'timezone/unknown': 'warning',
  'lint/unused-ignore': 'warning',
};

/**
 * Returns a rule's default severity.
 *
 * @param rule The rule id.
 *
 * @returns The severity the catalog gives it.
 */
export function defaultSeverity(rule: RuleId): Severity {
  return NON_ERROR_DEFAULTS[rule] ?? 'error';
}

/**
 * Returns the severity a finding is reported with. A rule whose default is
 * not `error` sets its severity on every finding it makes (a test holds every
 * rule to its default), so this needs no table and a browser bundle carries
 * none.
 *
 * @param finding The finding.
 *
 * @returns Its own severity, else `error`.
 */
export function severityOf(finding: Finding): Severity {
  return finding.severity ?? 'error';
}
