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
  // The last directory outside the working directory, with its trailing separator, and its reported path.
  let lastDir = '';
  let lastReported = '';
  // relative() ends with `..` steps for an ancestor of the working directory (or the directory itself), not with its name.
  const isAncestor = (path: string): boolean => path.length < prefix.length && prefix.charCodeAt(path.length) === 47 && prefix.startsWith(path);
  const joined = (name: string): string => (lastReported === '' ? name : `${lastReported}/${name}`);
  return (path) => {
    if (path.startsWith(prefix)) {
      const rest = path.slice(prefix.length);
      if (plain(rest)) return sep === '/' ? rest : rest.split(sep).join('/');
    }
    // A plain absolute POSIX path elsewhere is its directory's reported path, `/`, and its name.
    if (sep !== '/' || isAncestor(path)) return toReported(path);
    const length = lastDir.length;
    if (length > 0 && path.length > length && path.startsWith(lastDir) && path.charCodeAt(length) !== 46 && !path.includes('/', length)) {
      return joined(path.slice(length));
    }
    const slash = path.lastIndexOf('/');
    if (slash <= 0 || path[0] !== '/' || path.endsWith('/') || path.includes('/.') || path.includes('//')) return toReported(path);
    lastDir = path.slice(0, slash + 1);
    lastReported = toReported(path.slice(0, slash));
    return joined(path.slice(slash + 1));
  };
}
