import { parse } from '@humanwhocodes/momoa';
import type { PathSegment } from '../../errors/issue.ts';
import type { DuplicateKey, ParsedFile, SourceRange, SourceRequest, SyntaxProblem } from '../types.ts';
import { indexJson, type JsonIndex } from '../locate/jsonIndex.ts';
import { jsonRange } from '../locate/jsonRange.ts';
import { repeatsKeys } from '../locate/repeatsKeys.ts';
import { MAX_REQUESTS_PER_FILE } from './maxRequests.ts';

/** The place of a file's one request: the file itself (frozen, shared by every such request). */
const NO_PREFIX: readonly number[] = Object.freeze([]);

/** Text-free reasons for momoa's error classes: its messages may quote the offending input. */
const REASONS: Readonly<Record<string, string>> = {
  UnexpectedToken: 'unexpected token',
  UnexpectedEOF: 'unexpected end of input',
  UnexpectedIdentifier: 'unexpected identifier',
  UnexpectedChar: 'unexpected character',
};

function rangeOf(index: JsonIndex, start: number, end: number): DuplicateKey['range'] {
  const from = index.lines.position(start);
  const to = index.lines.position(end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** The problems of a file that parsed: one frozen empty list for every such file. */
const NO_PROBLEMS: readonly SyntaxProblem[] = Object.freeze([]);

/** A parsed JSON text and its position index, built on the first `locate` of any of its requests and kept for the others. */
class JsonSource {
  readonly text: string;
  #index: JsonIndex | undefined;

  constructor(text: string) {
    this.text = text;
  }

  index(): JsonIndex {
    return (this.#index ??= indexJson(this.text));
  }
}

/**
 * A request of a JSON file. `locate` is a method of the class, not a closure per request: a run of 10,000
 * files then allocates one small object per request and none per file for its index.
 */
class JsonRequest implements SourceRequest {
  readonly value: unknown;
  readonly prefix: readonly number[];
  readonly encoding = 'json';
  readonly #source: JsonSource;

  constructor(value: unknown, prefix: readonly number[], source: JsonSource) {
    this.value = value;
    this.prefix = prefix;
    this.#source = source;
  }

  locate(path: readonly PathSegment[]): SourceRange {
    return jsonRange(this.#source.index(), this.prefix.length === 0 ? path : [...this.prefix, ...path]);
  }
}

function reasonOf(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? error.constructor.name : '';
  return REASONS[name] ?? 'syntax error';
}

/**
 * Reads a JSON file: one request object, or an array of them (at most {@link MAX_REQUESTS_PER_FILE}, and one
 * more to show the file was cut). `JSON.parse` does the fast path; the position index is built once per file,
 * only when a finding needs a line and column or the file repeats a key (told by a scan that allocates no
 * index), so a valid file never pays for it; momoa only places a syntax error.
 *
 * @param text The file text.
 *
 * @returns The requests with source positions, or the syntax problem.
 */
export function readJson(text: string): ParsedFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    try {
      parse(text, { mode: 'json' });
    } catch (error) {
      const line = Number((error as { line?: unknown }).line) || 1;
      const column = Number((error as { column?: unknown }).column) || 1;
      const range = { line, column, endLine: line, endColumn: column + 1 };
      return { syntax: 'JSON', requests: [], problems: [{ range, reason: reasonOf(error), prefix: [] }] };
    }
    const range = { line: 1, column: 1, endLine: 1, endColumn: 2 };
    return { syntax: 'JSON', requests: [], problems: [{ range, reason: 'syntax error', prefix: [] }] };
  }
  const parsed = new JsonSource(text);
  const requests = Array.isArray(value)
    ? value.slice(0, MAX_REQUESTS_PER_FILE + 1).map((item, at) => new JsonRequest(item, [at], parsed))
    : [new JsonRequest(value, NO_PREFIX, parsed)];
  if (!repeatsKeys(text, value)) return { syntax: 'JSON', requests, problems: NO_PROBLEMS };
  // The index that places repeats is the one locate uses.
  const index = parsed.index();
  const duplicates: DuplicateKey[] = index.duplicates.map(({ path, keyStart, keyEnd }) => ({ path, range: rangeOf(index, keyStart, keyEnd) }));
  return { syntax: 'JSON', requests, problems: NO_PROBLEMS, ...(duplicates.length > 0 ? { duplicates } : {}) };
}
