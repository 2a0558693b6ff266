import type { FieldMap, FieldSpec } from './spec/types.ts';
import { isPlainObject, isPresent } from './spec/values.ts';

const INTEGER = /^-?\d+$/;

/**
 * Turns what a form control gives for one parameter into its wire value: an
 * empty input is absent (`undefined`), digit strings become integers and
 * `true`/`TRUE`/`on` or `false`/`FALSE` booleans where the wire type asks for
 * them, a lone string becomes a one-element list. Anything else is kept as it
 * is, so the wire rules report it (a `"12a"` DiskSize stays a type error).
 *
 * @param field The parameter's spec.
 * @param value The form value.
 *
 * @returns The wire value, or `undefined` when the input counts as absent.
 */
// @__NO_SIDE_EFFECTS__
export function toWire(field: FieldSpec, value: unknown): unknown {
  if (value === '' || value === undefined) return undefined;
  const type = field.type;
  // NaN is the one number not equal to itself: a number input left empty.
  if (type === 'integer') return typeof value === 'number' ? (value === value ? value : undefined) : typeof value === 'string' && INTEGER.test(value) ? +value : value;
  if (type === 'boolean') return value === 'true' || value === 'TRUE' || value === 'on' ? true : value === 'false' || value === 'FALSE' ? false : value;
  if (type === 'object') return isPlainObject(value) ? toWireObject(field.fields, value) : value;
  if (type !== 'array') return value;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) return value;
  const items = list.map((item: unknown) => toWire(field.items, item));
  return items.some((item) => item !== undefined) ? items : undefined;
}

/**
 * Turns a form's values into a wire payload: each known parameter through
 * {@link toWire}, absent ones left out, unknown keys kept for the rules to
 * report. An object whose every input is empty comes out empty (= absent).
 *
 * @param fields The parameters at this level.
 * @param values The form values.
 *
 * @returns A new object; the input is never mutated.
 */
// @__NO_SIDE_EFFECTS__
export function toWireObject(fields: FieldMap, values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(values)) {
    const raw = values[key];
    const value = Object.hasOwn(fields, key) ? toWire(fields[key] as FieldSpec, raw) : raw;
    if (isPresent(value)) out[key] = value;
  }
  return out;
}
