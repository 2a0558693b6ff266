import type { PathSegment } from '../../errors/issue.ts';
import type { LocatedFinding } from '../../engine/types.ts';

/** What `encoding: 'query'` accepts: a request URL, a query string, or a flat map of decoded strings. */
export type QueryInput = string | Readonly<Record<string, string>>;

/** Query parameter interface: one decoded `name=value` pair, in wire order. */
export interface QueryParameter {
  /** The decoded flat key, e.g. `LoginSettings.KeyIds.0`. */
  readonly key: string;
  /** The decoded value. */
  readonly value: string;
  /** Whether the raw value held a literal `+`, which form decoding turns into a space. */
  readonly plusInValue: boolean;
}

/** Read query interface: the pairs of a query input, and what made some of it unreadable. */
export interface ReadQuery {
  /** Whether the input is a string or a plain object at all (else there is no payload to check). */
  readonly readable: boolean;
  /** The decoded pairs, in wire order. */
  readonly parameters: readonly QueryParameter[];
  /** Findings about the input itself (not a string or map; a map value that is not a string). */
  readonly findings: readonly LocatedFinding[];
}

/** Decoded query interface: a form request turned back into the payload a JSON request would carry. */
export interface DecodedQuery {
  /** The rebuilt payload (nested objects and lists, booleans and integers where the spec expects them); `undefined` when the input is no query at all. */
  readonly payload: Readonly<Record<string, unknown>> | undefined;
  /** The `parameter/` findings of malformed flattening, at nested wire paths. */
  readonly findings: readonly LocatedFinding[];
  /** The wire paths, as written (never output: matched to findings' source paths), whose raw value held a literal `+` (decoded as a space). */
  readonly plusPaths: readonly (readonly PathSegment[])[];
}
