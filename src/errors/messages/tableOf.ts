import { RULE_IDENTITIES, type RuleId } from '../../rules/ruleId.ts';
import type { Message, MessageTable } from './types.ts';

/**
 * Names the export a language module holds a rule's message under: the rule id in camelCase.
 *
 * @param rule The rule id, e.g. `hostname/all-digits`.
 *
 * @returns The export name, e.g. `hostnameAllDigits`.
 */
export function messageName(rule: string): string {
  return rule.replace(/[/-](.)/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Creates a language's full message table from its module's exports: every
 * rule's message, named by {@link messageName}, so the table is never a
 * hand-kept list beside the messages (`messages.test.ts` holds every rule to
 * having one). The vendor tables import the same exports by name. The rules
 * are looked up on first use, so loading the library costs nothing for them
 * (a valid payload needs no message).
 *
 * @param lang The language code.
 * @param module The language module's namespace (`import * as messages from './en.ts'`).
 *
 * @returns The table, its rules in rule identity order.
 */
// @__NO_SIDE_EFFECTS__
export function tableOf(lang: string, module: Readonly<Record<string, unknown>> & Pick<MessageTable, 'forOs'>): MessageTable {
  let rules: Record<RuleId, Message> | undefined;
  return {
    lang,
    forOs: module.forOs,
    get rules(): Record<RuleId, Message> {
      if (rules) return rules;
      const found: Partial<Record<RuleId, Message>> = {};
      for (const rule of Object.keys(RULE_IDENTITIES) as RuleId[]) found[rule] = module[messageName(rule)] as Message;
      return (rules = found as Record<RuleId, Message>);
    },
  };
}
