/** JSON whitespace: space, tab, line feed, carriage return. */
const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;

/** The object members written in a JSON text: its strings followed by a colon (in valid JSON, only keys are). */
function membersWritten(text: string): number {
  let members = 0;
  for (let open = text.indexOf('"'); open >= 0; ) {
    let close = text.indexOf('"', open + 1);
    // A quote after an odd run of backslashes is escaped; each run is counted once, so the scan stays linear.
    for (;;) {
      if (close < 0) return members;
      let slashes = 0;
      while (text.charCodeAt(close - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    let next = close + 1;
    while (isSpace(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === 58) members++;
    open = text.indexOf('"', next);
  }
  return members;
}

/** The stack of `membersParsed`, kept between calls so a walk allocates nothing; each walk starts it empty. */
const pending: object[] = [];

/** The own keys of every object in a parsed JSON value, walked with an explicit stack (no depth limit). */
function membersParsed(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let members = 0;
  pending.length = 0;
  pending.push(value);
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (Array.isArray(item)) {
      for (let at = 0; at < item.length; at++) {
        const element: unknown = item[at];
        if (typeof element === 'object' && element !== null) pending.push(element);
      }
      continue;
    }
    for (const key in item) {
      // V8 folds this to `true` for the keys of a `for…in` over an object without a prototype chain change (its enum
      // cache), when it knows the function: written out, as a module constant it becomes a `var` in the CLI's bundle.
      if (!Object.prototype.hasOwnProperty.call(item, key)) continue;
      members++;
      const child: unknown = (item as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) pending.push(child);
    }
  }
  return members;
}

/** The colons of a text: one per object member written, and any inside strings. */
function colons(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) count++;
  return count;
}

/**
 * Tells whether a JSON text repeats a key in one of its objects, without building a position index:
 * `JSON.parse` keeps one member per key, so the text has more members than the value exactly when a key
 * repeats. One walk of the value, allocating nothing, and a count of the text's colons: a text with no more
 * colons than the value has members cannot have more members written, so only a text with colons inside its
 * strings takes the exact scan of its members. A file without repeats (nearly every file) never pays for the index.
 *
 * @param text A JSON text that `JSON.parse` accepted (no byte-order mark).
 * @param value What `JSON.parse` returned for it.
 *
 * @returns Whether some object of the text repeats a key.
 */
export function repeatsKeys(text: string, value: unknown): boolean {
  const parsed = membersParsed(value);
  return colons(text) > parsed && membersWritten(text) > parsed;
}
