import type { PayloadSpec } from '../../engine/spec/types.ts';
import type { DecodedQuery } from './types.ts';
import { readQuery } from './readQuery.ts';
import { rebuildPayload } from './rebuildPayload.ts';

/**
 * Decodes a form-style request into the payload a JSON request would carry,
 * exactly as the server's `application/x-www-form-urlencoded` decoding does
 * (`+` is a space, then percent-decoding), rebuilding nested objects and
 * lists from the payload spec and coercing booleans and integers only where
 * the spec expects them. Never throws.
 *
 * @param input A request URL, a query string, or a flat map of decoded strings.
 * @param spec The API's payload spec.
 * @param ignore The top-level keys that are transport, not payload (signature parameters).
 * @param suggest The near-name suggester, so a misspelt key can be quoted; without it no unknown key is.
 *
 * @returns The payload, the `parameter/` findings of the flattening (keys redacted as the checker's are), and the raw paths whose value held a `+`.
 */
export function decodeQuery(
  input: unknown,
  spec: PayloadSpec,
  ignore: readonly string[] = [],
  suggest?: (name: string, known: readonly string[]) => string | undefined,
): DecodedQuery {
  const read = readQuery(input, spec, suggest);
  if (!read.readable) return { payload: undefined, findings: read.findings, plusPaths: [] };
  const decoded = rebuildPayload(read.parameters, spec, ignore, suggest);
  if (read.findings.length === 0) return decoded;
  return { ...decoded, findings: [...read.findings, ...decoded.findings] };
}
