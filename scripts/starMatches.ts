import { existsSync, readdirSync } from 'node:fs';

/**
 * Lists what a path with one `*` (a subpath pattern's target, `.../schemas/` star `/guard/index.ts`) matches: the
 * folder names at the star for which the whole path exists. The library bundler expands `exports` patterns into
 * entry points with it, `npm run check:package` into the subpaths it has attw check, and a test into the Node entries.
 *
 * @param pattern The absolute path, with one `*` standing for a folder name.
 *
 * @returns The folder names (`tencent`, ...); none when the folder before the star does not exist.
 */
export function starMatches(pattern: string): string[] {
  const star = pattern.indexOf('*');
  const [before, after] = [pattern.slice(0, star), pattern.slice(star + 1)];
  if (!existsSync(before)) return [];
  return readdirSync(before, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${before}${entry.name}${after}`))
    .map((entry) => entry.name);
}
