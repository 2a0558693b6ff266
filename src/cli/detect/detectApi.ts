import type { ApiSpec } from '../../engine/spec/api.ts';

/** Detection interface: the API a request is certainly for, or the candidates when it is not certain. */
export type Detection = { readonly api: string } | { readonly candidates: readonly string[] };

/** The registrable part of a host (`tencentcloudapi.com` of `cvm.ap-guangzhou.tencentcloudapi.com`). */
const baseDomain = (host: string): string => host.split('.').slice(-2).join('.');

function commonParameters(value: unknown): { readonly action: unknown; readonly version: unknown } {
  if (typeof value === 'string') {
    const query = URL.canParse(value) ? new URL(value).searchParams : new URLSearchParams(value.replace(/^\?/, ''));
    return { action: query.get('Action') ?? undefined, version: query.get('Version') ?? undefined };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { action: ownValue(value, 'Action'), version: ownValue(value, 'Version') };
  return NO_PARAMETERS;
}

const NO_PARAMETERS = { action: undefined, version: undefined } as const;

/** An own property's value: the value is a reader's output (`JSON.parse`, YAML), plain data without getters. */
const ownValue = (value: object, key: string): unknown => (Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);

function endpointMatches(api: ApiSpec, url: URL): boolean {
  const endpoint = new URL(api.endpoint);
  return baseDomain(url.hostname) === baseDomain(endpoint.hostname) && url.pathname === endpoint.pathname;
}

/**
 * Detects a request's API where the request makes it certain: its `Action` and `Version` name exactly one
 * API of its wire form (a JSON body, or a request URL whose host and path match one API's endpoint).
 * A query string without a URL, or anything less, is not certain: the candidates are returned instead.
 *
 * @param apis The registered APIs.
 * @param value The request: a JSON value, or a query line.
 * @param encoding How the request was read.
 * @param url The request URL, for URL lines.
 *
 * @returns The API id, or the candidates (APIs of the request's `Action`, else every API).
 */
export function detectApi(apis: readonly ApiSpec[], value: unknown, encoding: 'json' | 'query', url: URL | undefined): Detection {
  const { action, version } = commonParameters(value);
  if (typeof action === 'string' && typeof version === 'string') {
    // The certain case (nearly every request) is one pass that allocates nothing but the answer.
    let only: ApiSpec | undefined;
    let certain = 0;
    for (const api of apis) {
      if (api.action !== action || api.version !== version) continue;
      if (encoding === 'json' ? api.wire === 'query' : api.wire === 'json' || url === undefined || !endpointMatches(api, url)) continue;
      only = api;
      certain++;
    }
    if (certain === 1 && only) return { api: only.id };
  }
  const byAction = apis.filter((api) => api.action === action);
  return { candidates: (byAction.length > 0 ? byAction : apis).map((api) => api.id) };
}
