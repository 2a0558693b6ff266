import { relative, sep } from 'node:path';

/**
 * Creates the reporter of file paths: relative to the working directory and `/`-separated. Paths under
 * the working directory (every walked file) are sliced, not recomputed: the same text, without a
 * `path.relative` per file. A plain path elsewhere (a tree outside the working directory, the system's
 * temporary directory) is its directory's reported path and its name: `path.relative` runs once per
 * directory, kept for the files after (a walk gives a directory's files one after another).
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
  let lastDir: string | undefined;
  let lastReported = '';
  /**
   * A plain absolute POSIX path that is no ancestor of the working directory: its reported path is then its
   * directory's, `/`, and its name (relative() could only end with `..` steps for an ancestor).
   */
  const outsidePlain = (path: string): boolean =>
    sep === '/' && path[0] === '/' && !path.endsWith('/') && !path.includes('/.') && !path.includes('//') && !prefix.startsWith(`${path}/`);
  return (path) => {
    if (path.startsWith(prefix)) {
      const rest = path.slice(prefix.length);
      if (plain(rest)) return sep === '/' ? rest : rest.split(sep).join('/');
    }
    const slash = path.lastIndexOf('/');
    if (slash <= 0 || !outsidePlain(path)) return toReported(path);
    const dir = path.slice(0, slash);
    if (dir !== lastDir) {
      lastDir = dir;
      lastReported = toReported(dir);
    }
    const name = path.slice(slash + 1);
    return lastReported === '' ? name : `${lastReported}/${name}`;
  };
}
