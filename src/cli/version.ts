import { readFileSync } from 'node:fs';

/** Where the package manifest is, relative to this module: `dist/cli.js` (the bundle), else `src/cli` or `dist/cli`. */
const MANIFESTS = ['../package.json', '../../package.json'] as const;

function versionAt(relativePath: string): string | undefined {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(new URL(relativePath, import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
  const { name, version } = manifest as { name?: unknown; version?: unknown };
  return name === 'instance-preflight' && typeof version === 'string' ? version : undefined;
}

/**
 * Reads this package's version from its manifest, found from the bundle (`dist/cli.js`) and from the
 * unbundled modules (`src/cli`, `dist/cli`) alike.
 *
 * @returns The version, e.g. `0.1.0`.
 */
export function packageVersion(): string {
  for (const path of MANIFESTS) {
    const version = versionAt(path);
    if (version !== undefined) return version;
  }
  return '0.0.0';
}
