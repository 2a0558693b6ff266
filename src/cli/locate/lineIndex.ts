/** Line index interface: offsets to 1-based lines and columns, after one pass over the text. */
export interface LineIndex {
  /** The line and column (1-based, in UTF-16 code units) of an offset. */
  readonly position: (offset: number) => { readonly line: number; readonly column: number };
}

/**
 * Creates a line index: the start of every line (after `\n`, `\r\n` or a lone `\r`, as JSON parsers count
 * lines), found once, so each position costs a binary search.
 *
 * @param text The text.
 *
 * @returns The index.
 */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1);
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
