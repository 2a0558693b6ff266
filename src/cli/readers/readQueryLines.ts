import type { PathSegment } from '../../errors/issue.ts';
import type { ParsedFile, SourceRange, SourceRequest, SyntaxProblem } from '../types.ts';

const URL_SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;

/** One `name=value` piece of a line: its decoded flat key and its columns (1-based, end exclusive). */
interface Piece {
  readonly key: string;
  readonly column: number;
  readonly endColumn: number;
}

/** Where the query starts and ends in a line: after the first `?` of a URL (up to `#`), else the whole line. */
function queryBounds(line: string, isUrl: boolean): readonly [number, number] {
  const question = line.indexOf('?');
  if (isUrl) {
    if (question < 0) return [line.length, line.length];
    const hash = line.indexOf('#', question);
    return [question + 1, hash < 0 ? line.length : hash];
  }
  return [line.startsWith('?') ? 1 : 0, line.length];
}

/** Splits the query as form decoding does (`&`, empty pieces skipped), keeping each piece's columns. */
function piecesOf(line: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  let from = start;
  while (from <= end) {
    const amp = line.indexOf('&', from);
    const to = amp < 0 || amp > end ? end : amp;
    if (to > from) {
      const [entry] = new URLSearchParams(`&${line.slice(from, to)}`);
      if (entry) pieces.push({ key: entry[0], column: from + 1, endColumn: to + 1 });
    }
    from = to + 1;
  }
  return pieces;
}

/** The piece a wire path names (its flat key, or the first key below it), trying shorter paths when absent. */
function pieceFor(pieces: readonly Piece[], path: readonly PathSegment[]): Piece | undefined {
  for (let length = path.length; length > 0; length--) {
    const flat = path.slice(0, length).join('.');
    const piece = pieces.find((candidate) => candidate.key === flat) ?? pieces.find((candidate) => candidate.key.startsWith(`${flat}.`));
    if (piece) return piece;
  }
  return undefined;
}

/**
 * Reads a `.txt` / `.url` file: one request a line, as a request URL or a query string (blank lines and
 * lines starting with `#` are skipped). A finding's position is the `name=value` pair of its flat key.
 *
 * @param text The file text.
 *
 * @returns The requests, each as its line's text for `validate(..., { encoding: 'query' })`.
 */
export function readQueryLines(text: string): ParsedFile {
  const requests: SourceRequest[] = [];
  const problems: SyntaxProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const lineNumber = index + 1;
    const whole: SourceRange = { line: lineNumber, column: 1, endLine: lineNumber, endColumn: line.length + 1 };
    const prefix = [requests.length + problems.length];
    const isUrl = URL_SCHEME.test(line);
    if (isUrl && !URL.canParse(line)) {
      problems.push({ range: whole, reason: 'invalid URL', prefix });
      return;
    }
    const [start, end] = queryBounds(line, isUrl);
    const pieces = piecesOf(line, start, end);
    const locate = (path: readonly PathSegment[]): SourceRange => {
      const piece = pieceFor(pieces, path);
      return piece ? { line: lineNumber, column: piece.column, endLine: lineNumber, endColumn: piece.endColumn } : whole;
    };
    requests.push({ value: line, prefix, encoding: 'query', ...(isUrl ? { url: new URL(line) } : {}), locate });
  });
  return { syntax: 'query', requests, problems };
}
