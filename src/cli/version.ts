import { readFileSync } from 'node:fs';

/**
 * Reads this package's version (from `src/cli` and `dist/cli` alike, the package root is two levels up).
 *
 * @returns The version, e.g. `0.1.0`.
 */
export function packageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const version = (manifest as { version?: unknown }).version;
  return typeof version === 'string' ? version : '0.0.0';
}
