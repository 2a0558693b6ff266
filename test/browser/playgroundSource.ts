import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The playground's folder. */
const PLAYGROUND = fileURLToPath(new URL('../../docs/playground/', import.meta.url));

/** Where the e2e test writes its screenshots (committed, embedded in the README). */
export const SCREENSHOTS = join(PLAYGROUND, 'screenshots');

/** The hash of the playground source the committed screenshots were taken from, beside them. */
export const SOURCE_HASH_FILE = join(SCREENSHOTS, 'source.sha256');

/**
 * Hashes the playground source (its TypeScript and HTML, line endings
 * normalised): a content hash holds in a fresh clone, where file times do not.
 *
 * @returns The SHA-256, hex.
 */
export async function playgroundSourceHash(): Promise<string> {
  const names = (await readdir(PLAYGROUND)).filter((name) => name.endsWith('.ts') || name.endsWith('.html')).sort();
  const hash = createHash('sha256');
  for (const name of names) hash.update(`${name}\0${(await readFile(join(PLAYGROUND, name), 'utf8')).replaceAll('\r\n', '\n')}\0`);
  return hash.digest('hex');
}
