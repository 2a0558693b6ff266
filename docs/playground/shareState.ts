import type { Lang, Os } from '../../src/index.ts';
import type { RequestFormat } from './types.ts';

/** Shared state interface: what a link reproduces (never a secret: the caller strips them from `payload`). */
export interface SharedState {
  /** The API id. */
  readonly api: string;
  /** The target OS; `undefined` is unknown. */
  readonly os: Os | undefined;
  /** The interface and message language. */
  readonly lang: Lang;
  /** The editor's syntax. */
  readonly format: RequestFormat;
  /** For a query: the URL before `?`. */
  readonly base: string;
  /** The request, secrets left out; `undefined` before anything was entered. */
  readonly payload: Readonly<Record<string, unknown>> | undefined;
}

const FORMATS: readonly RequestFormat[] = ['json', 'yaml', 'query'];

/**
 * Writes the state as a URL fragment (`#api=...&os=...&request={...}`), readable and stable.
 *
 * @param state The state, secrets already left out.
 *
 * @returns The fragment, with its `#`.
 */
export function toFragment(state: SharedState): string {
  const params = new URLSearchParams({ api: state.api, lang: state.lang, format: state.format });
  if (state.os) params.set('os', state.os);
  if (state.base !== '') params.set('base', state.base);
  if (state.payload) params.set('request', JSON.stringify(state.payload));
  return `#${params.toString()}`;
}

/**
 * Reads a URL fragment written by {@link toFragment}; anything missing or malformed is left out. Never throws.
 *
 * @param hash The fragment (`location.hash`).
 *
 * @returns The parts it holds.
 */
export function fromFragment(hash: string): Partial<SharedState> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: { -readonly [K in keyof SharedState]?: SharedState[K] } = {};
  const api = params.get('api');
  if (api) out.api = api;
  const os = params.get('os');
  if (os === 'linux' || os === 'windows') out.os = os;
  const lang = params.get('lang');
  if (lang === 'en' || lang === 'zh-CN') out.lang = lang;
  const format = params.get('format');
  if (FORMATS.includes(format as RequestFormat)) out.format = format as RequestFormat;
  const base = params.get('base');
  if (base) out.base = base;
  const request = params.get('request');
  if (request) {
    try {
      const value: unknown = JSON.parse(request);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) out.payload = value as Record<string, unknown>;
    } catch {
      // A hand-edited fragment that is not JSON reproduces no request; the rest of the state still applies.
    }
  }
  return out;
}
