import type { PayloadSpec } from '../spec/types.ts';
import { fieldAt } from './fieldAt.ts';

/**
 * Lists the wire names of an object field of a payload spec, in spec order: what a generated checker hands the
 * unknown-key suggester for that level, read from the spec once at load rather than written out again.
 *
 * @param spec The payload spec.
 * @param path The wire names from the payload down (`[]` for the payload itself, `'[]'` for a list's element spec).
 *
 * @returns The names, a new array (the checker keeps it, the same array each call).
 *
 * @throws {Error} When the field is not an object: the generated checker is stale (`npm run gen`).
 */
export function namesAt(spec: PayloadSpec, path: readonly string[]): readonly string[] {
  const field = fieldAt(spec, path);
  if (field.type !== 'object') throw new Error(`No object at ${path.join('.')} in the payload spec: run \`npm run gen\`.`);
  return Object.keys(field.fields);
}
