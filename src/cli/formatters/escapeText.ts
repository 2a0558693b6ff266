/** The default bound on echoed input text (a key, a pointer), in UTF-16 code units. */
export const MAX_ECHOED = 200;

/** The bound on a file path as shown (the longest path Linux accepts). */
export const MAX_PATH_SHOWN = 4096;

/** The bound on one message line as shown: messages quote at most bounded prefixes of keys. */
export const MAX_MESSAGE_SHOWN = 2000;

/**
 * What a terminal, a log viewer or a CI runner may act on: C0 controls (tab, line feed and carriage return
 * included), DEL, C1 controls (CSI and OSC among them), the line and paragraph separators, the bidirectional
 * overrides and isolates ("Trojan Source"), the byte-order mark, and lone surrogates.
 */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const hex = (char: string): string => {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`;
};

/**
 * Escapes text that came from input for a human-readable output line: every control, separator and bidi
 * character becomes visible `\xHH` / `\u{HHHH}` text, and text longer than `max` is cut (never inside a
 * surrogate pair) with the number of characters left out. A line that would begin with `::` (a GitHub Actions
 * workflow command) starts with `\x3A` instead.
 *
 * @param text The text from input.
 * @param max The most characters of `text` kept.
 *
 * @returns One line of inert text.
 */
export function escapeText(text: string, max: number = MAX_ECHOED): string {
  let kept = text;
  let suffix = '';
  if (text.length > max) {
    const cut = max > 0 && /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
    kept = text.slice(0, cut);
    suffix = `…(+${text.length - cut})`;
  }
  const escaped = kept.replace(UNSAFE, hex) + suffix;
  return escaped.startsWith('::') ? `\\x3A${escaped.slice(1)}` : escaped;
}
