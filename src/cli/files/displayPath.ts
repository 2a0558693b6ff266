import { relative, sep } from 'node:path';

/**
 * Creates the reporter of file paths: relative to the working directory and `/`-separated. Paths under
 * the working directory (every walked file) are sliced, not recomputed: the same text, without a
 * `path.relative` per file.
 *
 * @param cwd The absolute working directory.
 *
 * @returns The path as reported, for an absolute path.
 */
export function displayPath(cwd: string): (path: string) => string {
  const prefix = cwd.endsWith(sep) ? cwd : `${cwd}${sep}`;
  const toReported = (path: string): string => relative(cwd, path).split(sep).join('/');
  // relative() also normalizes (`.`, `..`, doubled separators): a path with any segment that starts with a dot
  // or is empty takes the long way, so the shortcut only ever sees plain child paths.
  const dotSegment = `${sep}.`;
  const emptySegment = `${sep}${sep}`;
  const plain = (rest: string): boolean =>
    rest.length > 0 && rest[0] !== '.' && rest[0] !== sep && !rest.endsWith(sep) && !rest.includes(dotSegment) && !rest.includes(emptySegment);
  return (path) => {
    if (!path.startsWith(prefix)) return toReported(path);
    const rest = path.slice(prefix.length);
    if (!plain(rest)) return toReported(path);
    return sep === '/' ? rest : rest.split(sep).join('/');
  };
}
