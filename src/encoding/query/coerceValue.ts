import type { FieldSpec } from '../../engine/spec/types.ts';

// `True`/`False` are what the official Tencent Python SDK writes for a boolean in a signature v1 form (`str(True)`):
// the SDK is evidence of what the server takes, and no vendor source says otherwise.
const BOOLEANS: Readonly<Record<string, boolean>> = { TRUE: true, True: true, true: true, FALSE: false, False: false, false: false };

const DIGITS = /^\d+$/;

/**
 * Coerces a form value to the JSON type its field expects: `TRUE`, `True`,
 * `true`, `FALSE`, `False` and `false` to a boolean where the spec expects a boolean, a digit
 * string to an integer where it expects an integer. Every other value stays a
 * string, so the checker reports it as the wrong type at its path.
 *
 * @param field The field spec, `undefined` for a parameter the API does not know.
 * @param value The decoded form value.
 *
 * @returns The value the JSON request would carry.
 */
export function coerceValue(field: FieldSpec | undefined, value: string): unknown {
  if (field?.type === 'boolean') return Object.hasOwn(BOOLEANS, value) ? BOOLEANS[value] : value;
  if (field?.type === 'integer') return DIGITS.test(value) ? Number(value) : value;
  return value;
}
