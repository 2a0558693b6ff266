import type { Finding } from '../finding.ts';

/**
 * Required-when-empty interface: a parameter that becomes required when every one of some other parameters is
 * absent (Huawei ECS: `metadata.user_data` when both `adminpass` and `keyname` are empty).
 */
export interface RequiredWhenEmpty {
  /** The parameter's name as the docs print it (`metadata.user_data`). */
  readonly name: string;
  /** Its wire path, where the finding is reported: the fix belongs there. */
  readonly path: readonly (string | number)[];
  /** The parameters whose absence makes it required. */
  readonly others: readonly string[];
}

/**
 * Checks that a parameter is given when the others it stands in for are all absent.
 *
 * @param rule The parameter and the others.
 * @param given The names (as in `rule`) of the parameters present.
 *
 * @returns One `parameter/required-when-empty` finding at the parameter's path, or `[]`.
 */
export function checkRequiredWhenEmpty(rule: RequiredWhenEmpty, given: readonly string[]): Finding[] {
  if (given.includes(rule.name) || rule.others.some((other) => given.includes(other))) return [];
  return [{ rule: 'parameter/required-when-empty', params: { name: rule.name, others: [...rule.others] }, path: [...rule.path] }];
}
