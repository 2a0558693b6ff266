import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The config file names, in the order they are looked for in each directory. */
export const CONFIG_NAMES = ['.instance-preflightrc.json', 'instance-preflight.config.json'] as const;

/**
 * Finds the config file: the first of {@link CONFIG_NAMES} in the directory or its nearest ancestor.
 *
 * @param from The absolute directory to start in (the working directory).
 *
 * @returns The config file's absolute path, or `undefined` when there is none.
 */
export function findConfig(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}
