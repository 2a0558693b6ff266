import type { FindingParam, Os } from '../../rules/finding.ts';
import type { RuleId } from '../../rules/ruleId.ts';

/** The parameters a message interpolates. */
export type MessageParams = Readonly<Record<string, FindingParam>>;

/** A message builder: one rule's text in one language, from the finding's parameters. */
export type Message = (params: MessageParams) => string;

/**
 * Message table interface: one language's text for a set of rules. The full
 * tables (`instance-preflight/messages/*`) cover every rule; a vendor's tables
 * cover only the rules its schemas report, so a browser bundle carries no
 * other rule's text.
 */
export interface MessageTable<TRule extends RuleId = RuleId> {
  /** The language code. */
  readonly lang: string;
  /** One message builder per rule id. */
  readonly rules: Readonly<Record<TRule, Message>>;
  /** Prefixes a message that applies to one OS only (the target OS being unknown). */
  readonly forOs: (os: Os, message: string) => string;
}

/**
 * Reads a parameter as text.
 *
 * @param params The message parameters.
 * @param key The parameter name.
 *
 * @returns The text, or `''` when absent.
 */
export function text(params: MessageParams, key: string): string {
  const value = params[key];
  if (value === undefined) return '';
  return typeof value === 'object' ? value.join(', ') : String(value);
}

/**
 * Reads a parameter as a list.
 *
 * @param params The message parameters.
 * @param key The parameter name.
 *
 * @returns The list, or `[]` when absent or not a list.
 */
export function list(params: MessageParams, key: string): readonly string[] {
  const value = params[key];
  return typeof value === 'object' ? value : [];
}
