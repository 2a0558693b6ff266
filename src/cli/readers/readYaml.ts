import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { PathSegment } from '../../errors/issue.ts';
import type { DuplicateKey, ParsedFile, SourceRequest, SyntaxProblem } from '../types.ts';
import { indexYaml, type YamlIndex } from '../locate/yamlIndex.ts';
import { yamlRange } from '../locate/yamlRange.ts';
import { MAX_REQUESTS_PER_FILE } from './maxRequests.ts';

/** Caps alias expansion so a "billion laughs" document is a finding, not a hang. */
const MAX_ALIAS_COUNT = 100;

/**
 * The most anchors and aliases a document may hold: the `yaml` library resolves each alias by scanning every
 * anchor and alias before it (32,000 of them took 23 s), so more than a request file needs is refused.
 */
export const MAX_ALIAS_NODES = 1_000;

/**
 * The largest YAML text parsed, in characters. The `yaml` library keeps a concrete and an abstract tree of
 * every node: 10 MiB of `- a` lines took 33 s and 2.5 GB, so a larger file is one problem (JSON has no such
 * limit). Request files are a few kilobytes.
 */
export const MAX_YAML_CHARS = 2 * 1024 * 1024;

/** The document's value, or the text-free reason it has none. */
function evaluate(document: Document.Parsed, index: YamlIndex): { readonly value: unknown } | { readonly reason: string; readonly offset: number } {
  const error = document.errors[0];
  if (error) return { reason: error.code.toLowerCase().replaceAll('_', ' '), offset: error.pos[0] };
  if (index.aliasNodes > MAX_ALIAS_NODES) return { reason: 'too many anchors and aliases', offset: document.range[0] };
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    return { reason: error instanceof RangeError ? 'nesting too deep' : 'excessive aliases', offset: document.range[0] };
  }
}

/**
 * Reads a YAML file of at most {@link MAX_YAML_CHARS} characters: one or more documents, each one request or a list of them (at most
 * {@link MAX_REQUESTS_PER_FILE} in all, and one more to show the file was cut). Positions come from the
 * `yaml` library's node ranges through an index built once per document; the library's own duplicate-key
 * check (quadratic in a mapping's keys) is replaced by the index's; error texts are never used (they quote
 * the source).
 *
 * @param text The file text.
 *
 * @returns The requests with source positions, one syntax problem per broken document, and repeated keys.
 */
export function readYaml(text: string): ParsedFile {
  if (text.length > MAX_YAML_CHARS) {
    return { syntax: 'YAML', requests: [], problems: [{ range: { line: 1, column: 1, endLine: 1, endColumn: 2 }, reason: 'over the YAML reader’s 2 MiB limit; write it as JSON', prefix: [] }] };
  }
  const lines = new LineCounter();
  let documents;
  try {
    documents = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  } catch {
    // The library composes nested collections recursively: a deep enough nesting overflows its stack.
    return { syntax: 'YAML', requests: [], problems: [{ range: { line: 1, column: 1, endLine: 1, endColumn: 2 }, reason: 'nesting too deep', prefix: [] }] };
  }
  const list = Array.isArray(documents) ? documents : [];
  const requests: SourceRequest[] = [];
  const problems: SyntaxProblem[] = [];
  const duplicates: DuplicateKey[] = [];
  const rangeOf = (from: number, to: number): DuplicateKey['range'] => {
    const start = lines.linePos(from);
    const end = lines.linePos(Math.max(to, from + 1));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  for (const [documentIndex, document] of list.entries()) {
    if (requests.length + problems.length > MAX_REQUESTS_PER_FILE) break;
    const prefix: PathSegment[] = list.length > 1 ? [documentIndex] : [];
    const root = document.contents;
    const index = indexYaml(root);
    const result = evaluate(document, index);
    if ('reason' in result) {
      const start = lines.linePos(result.offset);
      const range = { line: start.line, column: start.col, endLine: start.line, endColumn: start.col + 1 };
      problems.push({ range, reason: result.reason, prefix });
      continue;
    }
    for (const duplicate of index.duplicates) duplicates.push({ path: [...prefix, ...duplicate.path], range: rangeOf(...duplicate.range) });
    const request = (value: unknown, inner: readonly PathSegment[]): SourceRequest => ({
      value,
      prefix: [...prefix, ...inner],
      encoding: 'json',
      locate: (path) => yamlRange(root, [...inner, ...path], lines, index),
    });
    if (Array.isArray(result.value)) {
      const room = MAX_REQUESTS_PER_FILE + 1 - requests.length;
      for (const [at, value] of result.value.slice(0, room).entries()) requests.push(request(value, [at]));
    } else {
      requests.push(request(result.value, []));
    }
  }
  return { syntax: 'YAML', requests, problems, ...(duplicates.length > 0 ? { duplicates } : {}) };
}
