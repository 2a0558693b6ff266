import type { PathSegment } from '../../errors/issue.ts';
import type { ParsedFile, SourceRange, SourceRequest, SyntaxProblem } from '../types.ts';
import { MAX_REQUESTS_PER_FILE } from './maxRequests.ts';

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
      const equals = line.indexOf('=', from);
      const name = line.slice(from, equals < 0 || equals > to ? to : equals);
      // A plain name is its own decoding; only a name with `%` or `+` pays for a URLSearchParams.
      const key = /[%+]/.test(name) ? [...new URLSearchParams(`${name}=`).keys()][0] : name;
      if (key !== undefined) pieces.push({ key, column: from + 1, endColumn: to + 1 });
    }
    from = to + 1;
  }
  return pieces;
}

/**
 * The deepest flat key indexed by its prefixes (`A.B.C` under `A` and `A.B`): deeper keys are found by their
 * whole name only, so a key of a million dots costs its length, not its length squared.
 */
const MAX_INDEXED_DEPTH = 32;

/** A line's pieces by flat key (the first piece of a key) and by each prefix of a key (the first piece below it). */
interface PieceIndex {
  readonly byKey: Map<string, Piece>;
  readonly byPrefix: Map<string, Piece>;
}

function indexPieces(pieces: readonly Piece[]): PieceIndex {
  const byKey = new Map<string, Piece>();
  const byPrefix = new Map<string, Piece>();
  for (const piece of pieces) {
    if (!byKey.has(piece.key)) byKey.set(piece.key, piece);
    let dot = piece.key.indexOf('.');
    for (let depth = 0; dot >= 0 && depth < MAX_INDEXED_DEPTH; depth++) {
      const prefix = piece.key.slice(0, dot);
      if (!byPrefix.has(prefix)) byPrefix.set(prefix, piece);
      dot = piece.key.indexOf('.', dot + 1);
    }
  }
  return { byKey, byPrefix };
}

/** The piece a wire path names (its flat key, or the first key below it), trying shorter paths when absent. */
function pieceFor(index: PieceIndex, path: readonly PathSegment[]): Piece | undefined {
  for (let length = Math.min(path.length, MAX_INDEXED_DEPTH); length > 0; length--) {
    const flat = path.slice(0, length).join('.');
    const piece = index.byKey.get(flat) ?? index.byPrefix.get(flat);
    if (piece) return piece;
  }
  return undefined;
}

/**
 * Reads a `.txt` / `.url` file: one request a line, as a request URL or a query string (blank lines and
 * lines starting with `#` are skipped), at most {@link MAX_REQUESTS_PER_FILE} and one more to show the file
 * was cut. A finding's position is the `name=value` pair of its flat key, from an index of the line's keys
 * built on the first lookup.
 *
 * @param text The file text.
 *
 * @returns The requests, each as its line's text for `validate(..., { encoding: 'query' })`.
 */
export function readQueryLines(text: string): ParsedFile {
  const requests: SourceRequest[] = [];
  const problems: SyntaxProblem[] = [];
  // Lines are taken one at a time (no split of the whole text), and reading stops one request past the cap.
  let lineNumber = 0;
  for (let from = 0; from <= text.length && requests.length + problems.length <= MAX_REQUESTS_PER_FILE; ) {
    const newline = text.indexOf('\n', from);
    const to = newline < 0 ? text.length : newline;
    const raw = text.slice(from, to);
    from = to + 1;
    lineNumber++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const whole: SourceRange = { line: lineNumber, column: 1, endLine: lineNumber, endColumn: line.length + 1 };
    const prefix = [requests.length + problems.length];
    const isUrl = URL_SCHEME.test(line);
    if (isUrl && !URL.canParse(line)) {
      problems.push({ range: whole, reason: 'invalid URL', prefix });
      continue;
    }
    const [start, end] = queryBounds(line, isUrl);
    let index: PieceIndex | undefined;
    const at = lineNumber;
    const locate = (path: readonly PathSegment[]): SourceRange => {
      index ??= indexPieces(piecesOf(line, start, end));
      const piece = pieceFor(index, path);
      return piece ? { line: at, column: piece.column, endLine: at, endColumn: piece.endColumn } : whole;
    };
    requests.push({ value: line, prefix, encoding: 'query', ...(isUrl ? { url: new URL(line) } : {}), locate });
  }
  return { syntax: 'query', requests, problems };
}
