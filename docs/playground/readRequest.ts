import { readJson } from '../../src/cli/readers/readJson.ts';
import { readQueryLines } from '../../src/cli/readers/readQueryLines.ts';
import { readYaml } from '../../src/cli/readers/readYaml.ts';
import type { ParsedFile } from '../../src/cli/types.ts';
import type { RequestFormat } from './types.ts';

/** Read request interface: the first request of a pasted text, how it was written, and what did not parse. */
export interface ReadRequest {
  /** The syntax it was read as. */
  readonly format: RequestFormat;
  /** The syntax name for messages: `JSON`, `YAML` or `query`. */
  readonly syntax: string;
  /** The first request: a JSON value, or a request line's text (query). */
  readonly value: unknown;
  /** The request URL of a URL line. */
  readonly url?: URL;
  /** How many requests the text holds. */
  readonly count: number;
  /** The first syntax problem, if any (then `value` is `undefined` when no request parsed). */
  readonly problem?: { readonly reason: string; readonly line: number; readonly column: number };
}

const URL_SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;
/** `name=value` pieces without spaces around: a query string, with or without its `?` (YAML would need `: `). */
const QUERY_STRING = /^\??[^\s=&:#]+=\S*$/;

/** The syntax of a pasted text: JSON when it starts with `{` or `[` (as the CLI reads standard input), a request line when its first line is a URL or query string, else YAML. */
function formatOf(text: string): RequestFormat {
  if (/^\uFEFF?\s*[[{]/.test(text)) return 'json';
  const first = text.split('\n').map((line) => line.trim()).find((line) => line !== '' && !line.startsWith('#')) ?? '';
  return URL_SCHEME.test(first) || QUERY_STRING.test(first) ? 'query' : 'yaml';
}

const READERS: Readonly<Record<RequestFormat, (text: string) => ParsedFile>> = { json: readJson, yaml: readYaml, query: readQueryLines };

/**
 * Reads a pasted request with the CLI's own readers, choosing the syntax as
 * the CLI does for standard input (`{` or `[` first: JSON, else YAML) and
 * taking a text whose first line is a request URL or a query string as
 * request lines (the CLI's `.url` files). Never throws.
 *
 * @param text The pasted text.
 *
 * @returns The first request and what did not parse, or `undefined` for a text with no request and no problem.
 */
export function readRequest(text: string): ReadRequest | undefined {
  const format = formatOf(text);
  const parsed = READERS[format](text);
  const [request] = parsed.requests;
  const [problem] = parsed.problems;
  if (!request && !problem) return undefined;
  return {
    format,
    syntax: parsed.syntax,
    value: request?.value,
    ...(request?.url ? { url: request.url } : {}),
    count: parsed.requests.length + parsed.problems.length,
    ...(problem ? { problem: { reason: problem.reason, line: problem.range.line, column: problem.range.column } } : {}),
  };
}
