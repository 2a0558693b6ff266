/**
 * The segments of the first positions, each built once: a report compares and looks up its paths' segments (the
 * vendor code), and a segment built per call is a new concatenated string that each comparison flattens first.
 * Bounded, so an object with a million unknown keys builds the rest per call instead of keeping them.
 */
const SEGMENTS: string[] = [];

/** The positions whose segments are kept. */
const KEPT_POSITIONS = 64;

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
  return position < KEPT_POSITIONS ? (SEGMENTS[position] ??= `<redacted key ${position}>`) : `<redacted key ${position}>`;
}
