import type { Finding, FindingParam, Severity } from '../rules/finding.ts';
import type { RuleId } from '../rules/ruleId.ts';

/** The rule of a value of the wrong JSON type, and of a payload whose reads throw: what an unattributed schema issue is. */
export const TYPE_RULE: RuleId = 'parameter/type';

/**
 * Creates the finding for a value of the wrong JSON type.
 *
 * @param expected The expected JSON type.
 *
 * @returns The finding.
 */
export function typeFinding(expected: string): Finding {
  return { rule: TYPE_RULE, params: { expected } };
}

/**
 * Creates the finding for a missing required parameter.
 *
 * @param name The wire name.
 *
 * @returns The finding.
 */
export function requiredFinding(name: string): Finding {
  return { rule: 'parameter/required', params: { name } };
}

/**
 * Creates the finding for an unknown parameter. It quotes the key only when
 * given one to quote (`isShowableKey` allowed it); otherwise it says the key
 * is `redacted` and carries nothing of it, since an unknown key may be text
 * split off a password.
 *
 * @param name The key to quote, or `undefined` to redact it.
 * @param severity How the API reports unknown parameters.
 * @param suggestion The known name it was probably meant to be, if any.
 *
 * @returns The finding.
 */
export function unknownFinding(name: string | undefined, severity: Severity, suggestion?: string): Finding {
  const params: Record<string, string | boolean> = name === undefined ? { redacted: true } : { name };
  if (suggestion !== undefined) params['suggestion'] = suggestion;
  return { rule: 'parameter/unknown', severity, params };
}

/**
 * Creates the finding for a value outside an enumeration.
 *
 * @param allowed The accepted values.
 *
 * @returns The finding.
 */
export function enumFinding(allowed: readonly string[]): Finding {
  return { rule: 'parameter/enum', params: { allowed } };
}

/**
 * Creates the finding for a list with too many elements.
 *
 * @param max The most elements accepted.
 *
 * @returns The finding.
 */
export function countFinding(max: number): Finding {
  return { rule: 'parameter/count', params: { max } };
}

/**
 * Creates the finding for a form request key that does not flatten a payload (an empty segment, a gap in
 * list indexes, a key both a value and an object, ...).
 *
 * @param params The reason, and the key as written or `redacted: true`.
 *
 * @returns The finding.
 */
export function flatteningFinding(params: Readonly<Record<string, FindingParam>>): Finding {
  return { rule: 'parameter/flattening', params };
}
