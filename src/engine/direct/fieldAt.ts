import type { FieldSpec, PayloadSpec } from '../spec/types.ts';

/**
 * Finds a field of a payload spec by its spec path: a generated checker binds each field's rules once, at load.
 *
 * @param spec The payload spec.
 * @param path The wire names from the payload down, `[]` for a list's element spec.
 *
 * @returns The field spec.
 *
 * @throws {Error} When the spec has no such field: the generated checker is stale (`npm run gen`).
 */
export function fieldAt(spec: PayloadSpec, path: readonly string[]): FieldSpec {
  let field: FieldSpec = { type: 'object', fields: spec.fields };
  for (const segment of path) {
    const next: FieldSpec | undefined =
      segment === '[]' ? (field.type === 'array' ? field.items : undefined) : field.type === 'object' && Object.hasOwn(field.fields, segment) ? field.fields[segment] : undefined;
    if (next === undefined) throw new Error(`No field ${path.join('.')} in the payload spec: run \`npm run gen\`.`);
    field = next;
  }
  return field;
}
