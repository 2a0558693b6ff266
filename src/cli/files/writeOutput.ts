import { closeSync, constants, fstatSync, ftruncateSync, openSync, writeSync } from 'node:fs';

/**
 * Writes a text to a file in place of what it held, as `writeFileSync` does, but without truncating the file to
 * zero first: the text is written over the old content from the start, then a regular file is cut to the text's
 * length (a device or a pipe has none). ext4 flushes a file that was truncated to zero and written again when it
 * is closed (`auto_da_alloc`, against empty files after a crash): for a 2.6 MB report written again run after
 * run that took 15-20 ms of system time on about one run in three, and written over about 4 ms every time.
 *
 * @param path The path; a missing file is created with mode 0o666 less the umask, as `writeFileSync` creates it.
 * @param text The text, written as UTF-8.
 *
 * @throws {Error} The file system's error (`EISDIR`, `EACCES`, `ENOSPC` ...), as `writeFileSync` throws it.
 */
export function writeOutput(path: string, text: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT, 0o666);
  try {
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    if (fstatSync(fd).isFile()) ftruncateSync(fd, written);
  } finally {
    closeSync(fd);
  }
}
