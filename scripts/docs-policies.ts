import type { PathSegment } from '../src/errors/issue.ts';
import type { ApiPolicies } from '../src/engine/spec/api.ts';
import { apis } from '../src/apis.ts';

export type { ApiPolicies, OsKey } from '../src/engine/spec/api.ts';

/** Policies per API id, read from each API record's `policies`. */
export const API_POLICIES: Readonly<Record<string, ApiPolicies>> = Object.fromEntries(apis.map((api) => [api.id, api.policies ?? {}]));

/**
 * Prints a wire path as the docs tables do.
 *
 * @param path The wire path; a number stands for any list index.
 *
 * @returns The path, e.g. `userdata[n].value`.
 */
export function wirePath(path: readonly PathSegment[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? '[n]' : `${index === 0 ? '' : '.'}${segment}`)).join('');
}
