import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiId } from '../../../src/apis.ts';
import type { Os } from '../../../src/rules/finding.ts';
import type { Expected } from './judge.ts';

const ROOT = new URL('../fixtures/', import.meta.url).pathname;

/** Fixture interface: one request body exactly as a client's serializer writes it. */
export interface Fixture {
  /** The client folder, e.g. `jdcloud-sdk-go`. */
  readonly client: string;
  /** The file name. */
  readonly file: string;
  /** The exact body text. */
  readonly text: string;
  /** The API id. */
  readonly api: ApiId;
  /** How the body travels: a JSON body (default) or a form body read with `encoding: 'query'`. */
  readonly encoding?: 'json' | 'query';
  /** The target image's OS, when the case is for one. */
  readonly os?: Os;
  /** The request path the client sends (JD: carries `regionId` and `instanceId`). */
  readonly path?: string;
  /** The finding a deliberately bad request must give; absent for a valid one. */
  readonly expected?: Expected;
}

/**
 * Loads every fixture of a vendor: each client folder's `cases.json` and the bodies it lists.
 *
 * @param vendor The vendor folder under `test/conformance/fixtures/`.
 *
 * @returns The fixtures, client by client.
 */
export function loadFixtures(vendor: string): Fixture[] {
  const out: Fixture[] = [];
  for (const client of readdirSync(join(ROOT, vendor)).sort()) {
    const folder = join(ROOT, vendor, client);
    const cases = JSON.parse(readFileSync(join(folder, 'cases.json'), 'utf8')) as Omit<Fixture, 'client' | 'text'>[];
    for (const entry of cases) out.push({ ...entry, client, text: readFileSync(join(folder, entry.file), 'utf8') });
  }
  return out;
}
