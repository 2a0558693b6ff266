import type { PayloadSpec, ValueCheck } from '../spec/types.ts';
import { fieldAt } from './fieldAt.ts';

/**
 * Finds the rules of a field of a payload spec: what a generated checker calls directly for that field.
 *
 * @param spec The payload spec.
 * @param path The wire names from the payload down, `[]` for a list's element spec.
 *
 * @returns The field's check.
 *
 * @throws {Error} When the field or its check is missing: the generated checker is stale (`npm run gen`).
 */
export function checkAt<TValue>(spec: PayloadSpec, path: readonly string[]): ValueCheck<TValue> {
  const field = fieldAt(spec, path);
  const check = 'check' in field ? field.check : undefined;
  if (check === undefined) throw new Error(`No check on ${path.join('.')} in the payload spec: run \`npm run gen\`.`);
  return check as ValueCheck<TValue>;
}
