import type { HelperTarget } from './types.ts';
import { apis } from '../apis.ts';
import { expectArgument } from './expectArgument.ts';

const API_IDS = apis.map((api) => api.id);

/**
 * Checks a helper's target against its documented type: an object with a
 * known API id and an OS of `'linux'`, `'windows'` or none.
 *
 * @param target The target as given.
 *
 * @returns The target's API id and OS, read once.
 *
 * @throws {TypeError} Naming `target`, `target.api` or `target.os` and the values each accepts.
 */
export function checkTarget(target: unknown): HelperTarget {
  expectArgument(typeof target === 'object' && target !== null && !Array.isArray(target), 'target', 'an object { api, os? }', target);
  const { api, os } = target as { readonly api?: unknown; readonly os?: unknown };
  expectArgument(typeof api === 'string' && (API_IDS as readonly string[]).includes(api), 'target.api', `one of ${API_IDS.join(', ')}`, api);
  expectArgument(os === undefined || os === 'linux' || os === 'windows', 'target.os', "'linux', 'windows' or undefined (both)", os);
  return os === undefined ? { api: api as HelperTarget['api'] } : { api: api as HelperTarget['api'], os: os as 'linux' | 'windows' };
}
