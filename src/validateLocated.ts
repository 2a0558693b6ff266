import type { Checker } from './engine/types.ts';
import type { ApiSpec } from './engine/spec/api.ts';
import type { ValidateOptions } from './validate.ts';
import { apis, findApi, type ApiId } from './apis.ts';
import { CHECKERS } from './registry/checkers.ts';
import { runReport, runValidation, type LocatedReport, type ValidationEntry } from './runValidation.ts';
import type { Report } from './errors/issue.ts';

export type { LocatedReport } from './runValidation.ts';

const checkers = new Map<string, { readonly api: ApiSpec; readonly check: Checker }>();

/** The last id looked up and its entry: a caller mostly validates one API after another of the same. */
let lastId: string | undefined;
let lastEntry: { readonly api: ApiSpec; readonly check: Checker } | undefined;

function entryFor(id: unknown): { readonly api: ApiSpec; readonly check: Checker } {
  if (id === lastId && lastEntry !== undefined) return lastEntry;
  const cached = typeof id === 'string' ? checkers.get(id) : undefined;
  if (cached) {
    lastId = id as string;
    lastEntry = cached;
    return cached;
  }
  const api = typeof id === 'string' ? findApi(id) : undefined;
  if (!api) {
    const shown = typeof id === 'string' && /^[\w.@-]{0,64}$/.test(id) ? `"${id}"` : typeof id;
    throw new TypeError(`Unknown API id ${shown}. Known ids: ${apis.map((known) => known.id).join(', ')}.`);
  }
  // Each built-in API's checker is generated from its payload spec (scripts/gen-checkers.ts): createChecker's report, one walk per API.
  const entry = { api, check: CHECKERS[api.id as ApiId] };
  checkers.set(api.id, entry);
  return entry;
}

/**
 * Validates a request payload as `validate()` does, and gives beside each
 * issue its path as written, for tools that point into the request's text
 * (the CLI). Internal: not exported from the package.
 *
 * @param api The API id.
 * @param payload The request parameters, or with `encoding: 'query'` a request URL, query string or flat map.
 * @param options The OS, wire encoding, message language and known facts.
 *
 * @returns The report and the source path of each issue.
 *
 * @throws {TypeError} When `api` is not a known API id, an option or fact is outside its documented type, or
 * `encoding` is `query` for an API that takes JSON only.
 */
export function validateLocated<TApi extends ApiId>(api: TApi, payload: unknown, options?: ValidateOptions): LocatedReport<TApi> {
  const { ok, issues, sourcePaths } = runValidation(entryFor(api), payload, options);
  return { api, ok, issues, sourcePaths };
}

/**
 * Validates a request payload by API id, as `validate()` returns it: the report without source paths, built
 * once. Internal: not exported from the package.
 *
 * @param api The API id.
 * @param payload The request parameters, or with `encoding: 'query'` a request URL, query string or flat map.
 * @param options The OS, wire encoding, message language and known facts.
 *
 * @returns The report.
 *
 * @throws {TypeError} As {@link validateLocated}.
 */
export function validateReport<TApi extends ApiId>(api: TApi, payload: unknown, options?: ValidateOptions): Report<TApi> {
  return runReport<TApi>(entryFor(api) as ValidationEntry & { readonly api: { readonly id: TApi } }, payload, options, api);
}
