import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { decodeText } from './decodeText.ts';
import { errorReason } from './errorReason.ts';
import { notAFile } from './notAFile.ts';

/** Read source interface: the file text, or why there is none. */
export type ReadSource =
  | { readonly text: string }
  | { readonly problem: 'too-large'; readonly size: number }
  | { readonly problem: 'unreadable'; readonly reason?: string };

/** The first size of the shared read buffer: most request files fit, so most reads allocate nothing. */
const INITIAL_BUFFER = 64 * 1024;

let shared = Buffer.allocUnsafe(INITIAL_BUFFER);

/**
 * Reads the open file to its end or to one byte past `maxSize`, growing the shared buffer as needed. Only a
 * regular file gets here (its `fstat` said so, or its directory entry), and a regular file's read returns
 * less than asked only at its end: a short read ends the loop without a read of zero bytes to confirm it,
 * so a small file takes one read.
 */
function readAll(fd: number, maxSize: number): number {
  let offset = 0;
  for (;;) {
    if (offset === shared.length) {
      if (offset > maxSize) return offset;
      const grown = Buffer.allocUnsafe(Math.min(shared.length * 2, maxSize + 1));
      shared.copy(grown, 0, 0, offset);
      shared = grown;
    }
    const asked = Math.min(shared.length, maxSize + 1) - offset;
    const read = readSync(fd, shared, offset, asked, null);
    if (read === 0) return offset;
    offset += read;
    if (offset > maxSize || read < asked) return offset;
  }
}

/**
 * Reads a file as text ({@link decodeText}: UTF-8, or UTF-16 after its byte order mark) unless it is larger
 * than the limit or is not a regular file: a named pipe, a device,
 * a socket or a directory is refused from its `stat` before it is opened, the open never blocks
 * (`O_NONBLOCK`), and the opened file is checked again (it may have been swapped since). At most one byte
 * past the limit is read, and only then is the file's size asked for.
 *
 * A file a directory walk saw as a regular file skips both checks: they would repeat what its directory
 * entry said, and cost half of a small file's read. Were it swapped since, the read still cannot block or
 * run past the limit: a directory fails with `EISDIR`, a pipe gives what it holds (nothing, without a writer), a device too much.
 *
 * @param path The absolute path.
 * @param maxSize The largest size read, in bytes.
 * @param seenRegular Whether a directory walk saw a regular file at this path.
 *
 * @returns The text, or the problem (with the error code or the kind of file as its reason).
 */
export function readSource(path: string, maxSize: number, seenRegular = false): ReadSource {
  let fd: number | undefined;
  try {
    const before = seenRegular ? undefined : notAFile(statSync(path));
    if (before) return { problem: 'unreadable', reason: before };
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const after = seenRegular ? undefined : notAFile(fstatSync(fd));
    if (after) return { problem: 'unreadable', reason: after };
    const length = readAll(fd, maxSize);
    if (length > maxSize) return { problem: 'too-large', size: Math.max(fstatSync(fd).size, length) };
    return { text: decodeText(shared, length) };
  } catch (error) {
    return { problem: 'unreadable', reason: errorReason(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
