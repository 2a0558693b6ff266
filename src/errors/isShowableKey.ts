/** ASCII identifier of at most 64 characters: no separator a reader splits on, no control or look-alike character. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/**
 * Checks whether an unknown key may be quoted in a message and a path. Only a
 * key within two edits of a parameter name of the spec (a near name was found)
 * and shaped like an identifier qualifies: what it shows beyond a public name
 * is a typo, not a password's text. Every other unknown key is redacted.
 *
 * @param key The key as written.
 * @param suggestion The near parameter name found for it, if any.
 *
 * @returns Whether the key may be shown.
 */
export function isShowableKey(key: string, suggestion?: string): boolean {
  return suggestion !== undefined && IDENTIFIER.test(key);
}
