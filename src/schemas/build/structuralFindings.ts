import type { Finding, Severity } from '../../rules/finding.ts';
import { isShowableKey } from '../../errors/isShowableKey.ts';

/**
 * Creates the finding for a value of the wrong JSON type.
 *
 * @param expected The expected JSON type.
 *
 * @returns The finding.
 */
export function typeFinding(expected: string): Finding {
  return { rule: 'parameter/type', params: { expected } };
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
 * Creates the finding for an unknown parameter. The key is quoted only where
 * {@link isShowableKey} allows (near a parameter name and identifier-shaped);
 * otherwise the finding says it is `redacted` and carries nothing of it, since
 * an unknown key may be text split off a password.
 *
 * @param key The unknown key as written.
 * @param severity How the API reports unknown parameters.
 * @param suggestion The known name it was probably meant to be, if any.
 *
 * @returns The finding.
 */
export function unknownFinding(key: string, severity: Severity, suggestion?: string): Finding {
  const shown: Record<string, string | boolean> = isShowableKey(key, suggestion) ? { name: key } : { redacted: true };
  if (suggestion !== undefined) shown['suggestion'] = suggestion;
  return { rule: 'parameter/unknown', severity, params: shown };
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
