/**
 * Throws the `TypeError` a helper gives for an argument outside its
 * documented type: the argument's name, what it accepts, and what was given
 * (its type only, or a short identifier-like string as written: helper
 * arguments such as an API id or a frame are never secrets).
 *
 * @param accepted Whether the value is accepted.
 * @param name The argument, e.g. `target.os`.
 * @param allowed What it accepts, in words, e.g. `'linux', 'windows' or undefined`.
 * @param value The value given.
 *
 * @throws {TypeError} When `accepted` is false.
 */
export function expectArgument(accepted: boolean, name: string, allowed: string, value: unknown): void {
  if (accepted) return;
  const given =
    typeof value === 'string' ? (/^[\w.@-]{0,40}$/.test(value) ? `"${value}"` : 'another string') : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  throw new TypeError(`${name} must be ${allowed}; got ${given}.`);
}
