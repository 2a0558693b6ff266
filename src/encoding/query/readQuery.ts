import type { LocatedFinding } from '../../engine/types.ts';
import type { QueryParameter, ReadQuery } from './types.ts';
import type { Finding } from '../../rules/finding.ts';
import type { PayloadSpec } from '../../engine/spec/types.ts';
import { isPlainObject } from '../../engine/spec/values.ts';
import { typeFinding } from '../../engine/structuralFindings.ts';
import { redactFlatPath } from './redactFlatPath.ts';

type Suggest = (name: string, known: readonly string[]) => string | undefined;

const URL_SCHEME = /^\s*[a-z][a-z\d+.-]*:\/\//i;

const NOT_A_QUERY: ReadQuery = {
  readable: false,
  parameters: [],
  findings: [{ finding: typeFinding('query'), path: [] }],
};

/**
 * Returns the query part of a string: everything after `?` in an absolute URL
 * (the URL parser drops tabs and line breaks, as browsers do, and the
 * fragment), else the string itself without one leading `?`.
 */
function queryOf(input: string): string {
  if (URL_SCHEME.test(input) && URL.canParse(input.trim())) return new URL(input.trim()).search.slice(1);
  return input.startsWith('?') ? input.slice(1) : input;
}

/**
 * Splits a query string as `application/x-www-form-urlencoded` decoding does
 * (WHATWG URL, the parser `URLSearchParams` implements): `&`-separated, empty
 * pieces skipped, split at the first `=`, `+` is a space, then
 * percent-decoding as UTF-8. The raw pieces are kept beside the decoded ones
 * to know which values held a literal `+`.
 */
function readQueryString(query: string): QueryParameter[] {
  const raw = query.split('&').filter((piece) => piece !== '');
  // A leading `&` stops URLSearchParams from stripping a `?` that belongs to the first key, so both lists align.
  const decoded = [...new URLSearchParams(`&${query}`)];
  return decoded.map(([key, value], index) => {
    const piece = raw[index] ?? '';
    const equals = piece.indexOf('=');
    return { key, value, plusInValue: equals >= 0 && piece.includes('+', equals + 1) };
  });
}

/** No parameter known: every key of a map read without its spec is hidden. */
const NO_SPEC: PayloadSpec = { fields: {}, unknownSeverity: 'error', checks: [] };

/**
 * Reads a flat map; numbers and booleans are taken as the text a query string would carry for them. A value of
 * another type is reported at its key's path, which is redacted as a flattening finding's is.
 */
function readMap(input: Readonly<Record<string, unknown>>, spec: PayloadSpec, suggest: Suggest | undefined): ReadQuery {
  const parameters: QueryParameter[] = [];
  const findings: LocatedFinding[] = [];
  const keys = Object.keys(input);
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position] as string;
    const value = input[key];
    if (typeof value === 'string') parameters.push({ key, value, plusInValue: false });
    else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') {
      parameters.push({ key, value: String(value), plusInValue: false });
    } else {
      const finding: Finding = typeFinding('string');
      const safe = redactFlatPath(key.split('.'), spec, () => position, suggest);
      findings.push(safe.redacted ? { finding, path: safe.path, sourcePath: key.split('.') } : { finding, path: safe.path });
    }
  }
  return { readable: true, parameters, findings };
}

/**
 * Reads the parameters of a form-style request: a whole request URL, a query
 * string (with or without its `?`), or a flat map of already decoded strings.
 * Never throws: any other input is a `parameter/type` finding at `[]`.
 *
 * @param input The request URL, query string or flat map.
 * @param spec The API's payload spec, which tells the keys a finding may quote from the others; without it none may.
 * @param suggest The near-name suggester, so a misspelt key can be quoted; without it none is.
 *
 * @returns The decoded pairs in wire order, and findings about the input.
 */
export function readQuery(input: unknown, spec: PayloadSpec = NO_SPEC, suggest?: Suggest): ReadQuery {
  if (typeof input === 'string') return { readable: true, parameters: readQueryString(queryOf(input)), findings: [] };
  return isPlainObject(input) ? readMap(input, spec, suggest) : NOT_A_QUERY;
}
