import type { Finding, Severity } from '../rules/finding.ts';
import type { RuleId } from '../rules/ruleId.ts';
import { RULE_IDENTITIES } from '../rules/ruleId.ts';

/**
 * Returns a rule's default severity.
 *
 * @param rule The rule id.
 *
 * @returns The severity its identity record gives it.
 */
export function defaultSeverity(rule: RuleId): Severity {
  return RULE_IDENTITIES[rule].severity;
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
