import type { PayloadSpec } from '../spec/types.ts';
import { fieldAt } from './fieldAt.ts';

/**
 * Finds the values of a string enumeration of a payload spec: what a generated checker's `parameter/enum`
 * finding lists (the spec's own array, as `createChecker` reports it).
 *
 * @param spec The payload spec.
 * @param path The wire names from the payload down, `[]` for a list's element spec.
 *
 * @returns The values.
 *
 * @throws {Error} When the field is not an enumeration: the generated checker is stale (`npm run gen`).
 */
export function enumAt(spec: PayloadSpec, path: readonly string[]): readonly string[] {
  const field = fieldAt(spec, path);
  if (field.type !== 'string' || field.enum === undefined) throw new Error(`No enumeration at ${path.join('.')} in the payload spec: run \`npm run gen\`.`);
  return field.enum;
}
