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
  // relative() also normalizes (`..`, doubled separators), so only a plain child path takes the shortcut.
  const plain = (rest: string): boolean => rest.length > 0 && !rest.includes(`${sep}${sep}`) && !rest.startsWith(sep) && !/(?:^|[\\/])\.\.?(?:[\\/]|$)/.test(rest) && !rest.endsWith(sep);
  return (path) => {
    if (!path.startsWith(prefix)) return toReported(path);
    const rest = path.slice(prefix.length);
    if (!plain(rest)) return toReported(path);
    return sep === '/' ? rest : rest.split(sep).join('/');
  };
}
