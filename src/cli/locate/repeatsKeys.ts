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

/** The own keys of every object in a parsed JSON value, walked with an explicit stack (no depth limit). */
function membersParsed(value: unknown): number {
  let members = 0;
  const pending: object[] = [];
  const visit = (item: unknown): void => {
    if (typeof item === 'object' && item !== null) pending.push(item);
  };
  visit(value);
  while (pending.length > 0) {
    const item = pending.pop();
    if (Array.isArray(item)) {
      for (const element of item) visit(element);
      continue;
    }
    for (const key in item) {
      if (!Object.hasOwn(item, key)) continue;
      members++;
      visit((item as Record<string, unknown>)[key]);
    }
  }
  return members;
}

/**
 * Tells whether a JSON text repeats a key in one of its objects, without building a position index:
 * `JSON.parse` keeps one member per key, so the text has more members than the value exactly when a key
 * repeats. One scan of the text and one walk of the value, allocating only the walk's stack, so a file
 * without repeats (nearly every file) never pays for the index.
 *
 * @param text A JSON text that `JSON.parse` accepted (no byte-order mark).
 * @param value What `JSON.parse` returned for it.
 *
 * @returns Whether some object of the text repeats a key.
 */
export function repeatsKeys(text: string, value: unknown): boolean {
  return membersWritten(text) > membersParsed(value);
}
