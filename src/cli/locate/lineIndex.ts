/** Line index interface: offsets to 1-based lines and columns, after one pass over the text. */
export interface LineIndex {
  /** The line and column (1-based, in UTF-16 code units) of an offset. */
  readonly position: (offset: number) => { readonly line: number; readonly column: number };
}

/**
 * Creates a line index: the start of every line (after `\n`, `\r\n` or a lone `\r`, as JSON parsers count
 * lines), found once with the native string search, so each position costs a binary search.
 *
 * @param text The text.
 *
 * @returns The index.
 */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      // A \r followed by \n ends its line at that \n: `lf` is the first \n after it.
      if (lf !== cr + 1) starts.push(cr + 1);
      cr = text.indexOf('\r', cr + 1);
    } else if (lf >= 0) {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    } else {
      break;
    }
  }
  return {
    position: (offset) => {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if ((starts[middle] ?? 0) <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
    },
  };
}
