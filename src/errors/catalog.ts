import type { RuleId, RuleIdentity } from '../rules/ruleId.ts';
import { RULE_IDENTITIES } from '../rules/ruleId.ts';

/** Rule metadata interface: what the catalog knows about one rule (its identity record). */
export type RuleMeta = RuleIdentity;

/**
 * The rule catalog: every rule id with its default severity and description,
 * read from the identity records in `src/rules/ruleId.ts`. Its doc page is
 * `docs/rules/<id>.md` (see {@link ruleDocsPath}).
 */
export const RULES: Readonly<Record<RuleId, RuleMeta>> = RULE_IDENTITIES;

/** Every rule id, in catalog order. */
export const RULE_IDS: readonly RuleId[] = Object.keys(RULES) as RuleId[];

/**
 * Returns the repository-relative path of a rule's doc page.
 *
 * @param rule The rule id.
 *
 * @returns The path, e.g. `docs/rules/password/length.md`.
 */
export function ruleDocsPath(rule: RuleId): string {
  return `docs/rules/${rule}.md`;
}
