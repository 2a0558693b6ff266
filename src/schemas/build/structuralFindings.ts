import type { Finding, Severity } from '../../rules/finding.ts';

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
 * Creates the finding for an unknown parameter.
 *
 * @param name The unknown wire name.
 * @param severity How the API reports unknown parameters.
 * @param suggestion The known name it was probably meant to be, if any.
 *
 * @returns The finding.
 */
export function unknownFinding(name: string, severity: Severity, suggestion?: string): Finding {
  return {
    rule: 'parameter/unknown',
    severity,
    params: suggestion === undefined ? { name } : { name, suggestion },
  };
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
