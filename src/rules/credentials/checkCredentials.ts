import type { Finding } from '../finding.ts';
import type { CredentialMode, GivenCredential } from './types.ts';

/**
 * Checks the login credentials a payload gives against how many the API takes. A conflict is reported at each
 * credential after the first, and a missing one at the first name, since that is where the fix belongs (a form
 * shows it under that field; docs/design-decisions.md#paths: never without a path).
 *
 * @param mode The credential mode.
 * @param given The credentials present, in payload order.
 * @param names The names of all credentials the API has, as keys beside each other in the checked object.
 *
 * @returns The findings, with absolute paths; `[]` when the credentials are valid.
 */
export function checkCredentials(
  mode: CredentialMode,
  given: readonly GivenCredential[],
  names: readonly string[],
): Finding[] {
  if (mode === 'none') {
    return given.map(({ name, path }) => ({ rule: 'credentials/unsupported', params: { name }, path: [...path] }));
  }
  const first = given[0];
  if (first === undefined) {
    return mode === 'exactly-one'
      ? [{ rule: 'credentials/missing', params: { names: [...names] }, path: names.slice(0, 1) }]
      : [];
  }
  if (given.length === 1) return [];
  return given.slice(1).map(({ path }) => ({
    rule: 'credentials/conflict',
    params: { with: first.name, names: [...names] },
    path: [...path],
  }));
}
