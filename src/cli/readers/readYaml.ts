import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { PathSegment } from '../../errors/issue.ts';
import type { ParsedFile, SourceRequest, SyntaxProblem } from '../types.ts';
import { yamlRange } from '../locate/yamlRange.ts';

/** Caps alias expansion so a "billion laughs" document is a finding, not a hang. */
const MAX_ALIAS_COUNT = 100;

/** The document's value, or the text-free reason it has none. */
function evaluate(document: Document.Parsed): { readonly value: unknown } | { readonly reason: string; readonly offset: number } {
  const error = document.errors[0];
  if (error) return { reason: error.code.toLowerCase().replaceAll('_', ' '), offset: error.pos[0] };
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch {
    return { reason: 'excessive aliases', offset: document.range[0] };
  }
}

/**
 * Reads a YAML file: one or more documents, each one request or a list of them. Positions come
 * from the `yaml` library's node ranges; error texts are never used (they quote the source).
 *
 * @param text The file text.
 *
 * @returns The requests with source positions, and one syntax problem per broken document.
 */
export function readYaml(text: string): ParsedFile {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false });
  const list = Array.isArray(documents) ? documents : [];
  const requests: SourceRequest[] = [];
  const problems: SyntaxProblem[] = [];
  list.forEach((document, documentIndex) => {
    const prefix: PathSegment[] = list.length > 1 ? [documentIndex] : [];
    const result = evaluate(document);
    if ('reason' in result) {
      const start = lines.linePos(result.offset);
      const range = { line: start.line, column: start.col, endLine: start.line, endColumn: start.col + 1 };
      problems.push({ range, reason: result.reason, prefix });
      return;
    }
    const root = document.contents;
    const request = (value: unknown, inner: readonly PathSegment[]): SourceRequest => ({
      value,
      prefix: [...prefix, ...inner],
      encoding: 'json',
      locate: (path) => yamlRange(root, [...inner, ...path], lines),
    });
    if (Array.isArray(result.value)) result.value.forEach((value, index) => requests.push(request(value, [index])));
    else requests.push(request(result.value, []));
  });
  return { syntax: 'YAML', requests, problems };
}
