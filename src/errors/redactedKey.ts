/**
 * Creates the path segment that stands for a key not shown: a key that is no
 * parameter of the spec may be text split off a secret (a form password with
 * an unencoded `&`, a YAML flow mapping with a `,` in a password), so it never
 * reaches a path or a message unless {@link isShowableKey} allows it. The
 * position keeps two hidden keys of one object apart.
 *
 * @param position The key's 0-based position among the keys of its object, in the order the checker read them.
 *
 * @returns The segment, e.g. `<redacted key 2>`.
 */
export function redactedKey(position: number): string {
  return `<redacted key ${position}>`;
}
