import { stringify } from 'yaml';
import type { RequestFormat } from './types.ts';

/** Flattens a payload into form pairs as the vendors' query APIs read them: `A.B` for objects, `A.<n>` for list elements counted from `listBase`. */
function pairs(value: unknown, prefix: string, listBase: number, out: string[]): void {
  if (Array.isArray(value)) value.forEach((item, index) => pairs(item, `${prefix}.${index + listBase}`, listBase, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) pairs(item, prefix === '' ? key : `${prefix}.${key}`, listBase, out);
  } else if (value !== undefined && value !== null) out.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`);
}

/**
 * Writes a payload as request text: pretty JSON, a YAML document, or a query
 * string (every value percent-encoded, so a `+` is sent as `%2B`) after the
 * base URL.
 *
 * @param payload The payload.
 * @param format The syntax to write.
 * @param base For a query: the URL before `?` (`''` for a bare query string).
 * @param listBase For a query: the number of a list's first element on the wire (Tencent `0`, Alibaba `Arn.1`).
 *
 * @returns The text.
 */
export function writeRequest(payload: Readonly<Record<string, unknown>>, format: RequestFormat, base = '', listBase = 0): string {
  if (format === 'json') return `${JSON.stringify(payload, null, 2)}\n`;
  if (format === 'yaml') return Object.keys(payload).length === 0 ? '' : stringify(payload);
  const out: string[] = [];
  pairs(payload, '', listBase, out);
  return `${base === '' ? '' : `${base}?`}${out.join('&')}\n`;
}
