/** UTF-16 decoders; each drops the byte order mark it starts with. */
const UTF16 = { le: new TextDecoder('utf-16le'), be: new TextDecoder('utf-16be') };

/**
 * Decodes a file's bytes: UTF-16 when they start with its byte order mark (what Windows PowerShell 5.1 writes
 * for `>` and `Out-File`), else UTF-8. The mark is dropped in every encoding (UTF-8's too): an editor shows none,
 * so every reader's lines and columns count from the character after it, and a query line's first name does not
 * start with it. A UTF-16 file of an odd length ends in U+FFFD.
 *
 * @param bytes The buffer holding the bytes.
 * @param length How many of its bytes are the file's.
 *
 * @returns The text.
 */
export function decodeText(bytes: Buffer, length: number): string {
  if (length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16.le.decode(bytes.subarray(0, length));
  if (length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16.be.decode(bytes.subarray(0, length));
  const text = bytes.toString('utf8', 0, length);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
