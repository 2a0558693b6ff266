import type { FieldMap, FieldSpec } from '../../../src/engine/spec/types.ts';

/** String field interface: where a string parameter sits in a payload, and its spec. */
export interface StringFieldAt {
  /** The wire path, with `0` for the first element of a list. */
  readonly path: readonly (string | number)[];
  /** The field's spec. */
  readonly field: FieldSpec;
}

function visit(field: FieldSpec, path: readonly (string | number)[], out: StringFieldAt[]): void {
  if (field.type === 'string') out.push({ path, field });
  else if (field.type === 'object') collect(field.fields, path, out);
  else if (field.type === 'array') visit(field.items, [...path, 0], out);
}

function collect(fields: FieldMap, path: readonly (string | number)[], out: StringFieldAt[]): void {
  for (const [name, field] of Object.entries(fields)) visit(field, [...path, name], out);
}

/**
 * Lists every string parameter of a payload spec, nested objects and list elements included, so a
 * robustness test covers each API's every string without naming them by hand.
 *
 * @param fields The spec's top-level fields.
 *
 * @returns The string fields.
 */
export function stringFields(fields: FieldMap): StringFieldAt[] {
  const out: StringFieldAt[] = [];
  collect(fields, [], out);
  return out;
}

/**
 * Returns a copy of a payload with a value set at a path, creating objects and one-element lists on the way.
 *
 * @param payload The base payload (not changed).
 * @param path The wire path.
 * @param value The value.
 *
 * @returns The new payload.
 */
export function withValue(payload: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(payload) ? [...(payload as unknown[])] : [];
    list[head] = withValue(list[head], rest, value);
    return list;
  }
  const object = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? { ...(payload as object) } : {};
  return { ...object, [head]: withValue((object as Record<string, unknown>)[head], rest, value) };
}
