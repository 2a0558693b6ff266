import type { Stats } from 'node:fs';

/**
 * Names what a path is when it is not a regular file, as a text-free reason.
 *
 * @param stats The path's stats.
 *
 * @returns `EISDIR`, `fifo`, `socket`, `device` or `not-a-file`; `undefined` for a regular file.
 */
export function notAFile(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'EISDIR';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  return stats.isCharacterDevice() || stats.isBlockDevice() ? 'device' : 'not-a-file';
}

