import type { PreflightRule } from '../../preflight/types.ts';
import type { PayloadAbout, PayloadSpec } from './types.ts';

/** The vendors covered. */
export type Vendor = 'jdcloud' | 'zenlayer' | 'tencent';

/** Rate limit interface: a documented request rate. */
export interface RateLimit {
  /** Requests allowed per second. */
  readonly perSecond: number;
  /** The error code of a throttled request. */
  readonly code: string;
}

/** API spec interface: one vendor API (one version of it), its payload spec and what is known about the payload. */
export interface ApiSpec<TId extends string = string> {
  /** The stable API id, e.g. `tencent.cvm.ResetInstance`. */
  readonly id: TId;
  /** The vendor. */
  readonly vendor: Vendor;
  /** The vendor's action name. */
  readonly action: string;
  /** The API version sent on the wire, where there is one. */
  readonly version?: string;
  /** The request URL (with `{placeholders}` for path parameters). */
  readonly endpoint: string;
  /** The HTTP method(s). */
  readonly method: string;
  /** How parameters travel: a JSON body, a query string, or either. */
  readonly wire: 'json' | 'query' | 'json-or-query';
  /** The vendor's documentation page. */
  readonly doc: string;
  /** The vendor document the rules were taken from, as a short label; its facts and sources are on `docs/vendors/<vendor>.md`. */
  readonly source: string;
  /** The documented rate limit, if any. */
  readonly rateLimit?: RateLimit;
  /** The payload spec. */
  readonly payload: PayloadSpec;
  /** The payload's descriptions, defaults, secrets and vendor error codes (docs, JSON Schema, `validate()`'s vendor codes). */
  readonly about: PayloadAbout;
  /** The rules over known facts (instance state, disk, image) that predict the vendor's precondition errors; none when absent. */
  readonly preflight?: readonly PreflightRule[];
  /** Parameters a query-wire request carries for transport (signature, credentials, client), which the payload check drops. */
  readonly transportParameters?: readonly string[];
}
