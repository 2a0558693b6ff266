import type { Severity } from '../../rules/finding.ts';
import type { RuleId } from '../../rules/ruleId.ts';

/** A configured severity: a severity, or `off`. */
export type RuleSetting = Severity | 'off';

/**
 * Looks up the configured severity of a rule: its own id first, then its family (`password/*`).
 *
 * @param rules The config's `rules` map.
 * @param rule The rule id.
 *
 * @returns The setting, or `undefined` when the config does not set one.
 */
export function ruleSeverity(rules: Readonly<Record<string, RuleSetting>> | undefined, rule: RuleId): RuleSetting | undefined {
  if (!rules) return undefined;
  return rules[rule] ?? rules[`${rule.slice(0, rule.indexOf('/'))}/*`];
}
