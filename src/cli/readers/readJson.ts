import { parse, type ValueNode } from '@humanwhocodes/momoa';
import type { ParsedFile, SourceRequest } from '../types.ts';
import { jsonRange } from '../locate/jsonRange.ts';

/** Text-free reasons for momoa's error classes: its messages may quote the offending input. */
const REASONS: Readonly<Record<string, string>> = {
  UnexpectedToken: 'unexpected token',
  UnexpectedEOF: 'unexpected end of input',
  UnexpectedIdentifier: 'unexpected identifier',
  UnexpectedChar: 'unexpected character',
};

function reasonOf(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? error.constructor.name : '';
  return REASONS[name] ?? 'syntax error';
}

/**
 * Reads a JSON file: one request object, or an array of them. `JSON.parse` does the fast path; the
 * position-keeping momoa parser runs only when a finding needs a line and column, or to place a syntax error.
 *
 * @param text The file text.
 *
 * @returns The requests with source positions, or the syntax problem.
 */
export function readJson(text: string): ParsedFile {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    try {
      parse(source, { mode: 'json' });
    } catch (error) {
      const line = Number((error as { line?: unknown }).line) || 1;
      const column = Number((error as { column?: unknown }).column) || 1;
      const range = { line, column, endLine: line, endColumn: column + 1 };
      return { syntax: 'JSON', requests: [], problems: [{ range, reason: reasonOf(error), prefix: [] }] };
    }
    const range = { line: 1, column: 1, endLine: 1, endColumn: 2 };
    return { syntax: 'JSON', requests: [], problems: [{ range, reason: 'syntax error', prefix: [] }] };
  }
  let root: ValueNode | undefined;
  const tree = (): ValueNode => (root ??= parse(source, { mode: 'json' }).body);
  const request = (item: unknown, prefix: readonly number[]): SourceRequest => ({
    value: item,
    prefix,
    encoding: 'json',
    locate: (path) => jsonRange(tree(), [...prefix, ...path]),
  });
  const requests = Array.isArray(value) ? value.map((item, index) => request(item, [index])) : [request(value, [])];
  return { syntax: 'JSON', requests, problems: [] };
}
