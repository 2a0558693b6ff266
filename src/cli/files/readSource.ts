import { openSync, closeSync, fstatSync, readSync } from 'node:fs';

/** Read source interface: the file text, or why there is none. */
export type ReadSource =
  | { readonly text: string }
  | { readonly problem: 'too-large'; readonly size: number }
  | { readonly problem: 'unreadable' };

/**
 * Reads a file as UTF-8 unless it is larger than the limit (checked on the open file, before reading).
 *
 * @param path The absolute path.
 * @param maxSize The largest size read, in bytes.
 *
 * @returns The text, or the problem.
 */
export function readSource(path: string, maxSize: number): ReadSource {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { size } = fstatSync(fd);
    if (size > maxSize) return { problem: 'too-large', size };
    const buffer = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const read = readSync(fd, buffer, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { text: buffer.toString('utf8', 0, offset) };
  } catch {
    return { problem: 'unreadable' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
