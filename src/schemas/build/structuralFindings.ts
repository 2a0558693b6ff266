import type { Finding, Severity } from '../../rules/finding.ts';
import { suggestName } from '../spec/suggestName.ts';

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
 * Creates the finding for an unknown parameter, with the near name suggested.
 *
 * @param name The unknown wire name.
 * @param known The known names at that level.
 * @param severity How the API reports unknown parameters.
 *
 * @returns The finding.
 */
export function unknownFinding(name: string, known: readonly string[], severity: Severity): Finding {
  const suggestion = suggestName(name, known);
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
