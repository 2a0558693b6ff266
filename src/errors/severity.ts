import type { Finding, Severity } from '../rules/finding.ts';
import type { RuleId } from '../rules/ruleId.ts';

/** Rules whose default severity is not `error`. Kept apart from the catalog so browser bundles stay small. */
const NON_ERROR_DEFAULTS: Readonly<Partial<Record<RuleId, Severity>>> = {
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
 * Returns the severity a finding is reported with.
 *
 * @param finding The finding.
 *
 * @returns Its own severity, else its rule's default.
 */
export function severityOf(finding: Finding): Severity {
  return finding.severity ?? defaultSeverity(finding.rule);
}
