import type { Issue } from '../src/errors/issue.ts';
import type { RuleId } from '../src/rules/ruleId.ts';
import type { ApiId } from '../src/apis.ts';
import { validate } from '../src/validate.ts';
import { RULE_EXAMPLES, type RuleExample } from './docs-examples.ts';

/** Observed example interface: an example with the issues its rule raised, in both languages. */
export interface ObservedExample {
  /** The example. */
  readonly example: RuleExample;
  /** The rule's issues in English. */
  readonly en: readonly Issue[];
  /** The same issues in Simplified Chinese, in the same order. */
  readonly zhCN: readonly Issue[];
}

/**
 * Runs a rule's examples through `validate` and checks each fires (or not) as declared.
 *
 * @param rule The rule id.
 *
 * @returns The observed examples.
 *
 * @throws {Error} When an example does not behave as declared: the page would show a false example.
 */
export function observeRule(rule: RuleId): ObservedExample[] {
  return (RULE_EXAMPLES[rule] ?? []).map((example) => {
    const run = (lang: 'en' | 'zh-CN'): Issue[] =>
      validate(example.api as ApiId, example.payload, {
        lang,
        ...(example.os ? { os: example.os } : {}),
        ...(example.facts ? { facts: example.facts } : {}),
        ...(example.encoding ? { encoding: example.encoding } : {}),
      }).issues.filter((issue) => issue.rule === rule);
    const en = run('en');
    if (en.length > 0 !== example.fires) {
      throw new Error(`${rule}: example for ${example.api} ${JSON.stringify(example.payload).slice(0, 80)} should ${example.fires ? '' : 'not '}fire`);
    }
    return { example, en, zhCN: run('zh-CN') };
  });
}

/** Use interface: where one API reports a rule and what its server answers there. */
export interface RuleUse {
  /** The API id. */
  readonly api: string;
  /** The wire path, dot-joined (`[]` for the payload). */
  readonly path: string;
  /** The vendor error, if documented. */
  readonly vendor: Issue['vendor'];
}

/**
 * Lists where each API reports a rule, from the rule's failing examples.
 *
 * @param observed The observed examples.
 *
 * @returns One entry per API and path, in example order.
 */
export function usesOf(observed: readonly ObservedExample[]): RuleUse[] {
  const seen = new Map<string, RuleUse>();
  for (const { example, en } of observed) {
    for (const issue of en) {
      const path = issue.path.length ? issue.path.map((segment) => (typeof segment === 'number' ? '[n]' : segment)).join('.').replaceAll('.[n]', '[n]') : '(payload)';
      const key = `${example.api}\u0000${path}`;
      if (!seen.has(key)) seen.set(key, { api: example.api, path, vendor: issue.vendor });
    }
  }
  return [...seen.values()];
}
