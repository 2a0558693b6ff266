import { isMap, isSeq, type LineCounter, type Node } from 'yaml';
import type { PathSegment } from '../../errors/issue.ts';
import type { SourceRange } from '../types.ts';
import type { YamlIndex } from './yamlIndex.ts';

type Located = { readonly range?: readonly [number, number, number] | null | undefined };

function childOf(node: unknown, segment: PathSegment, index: YamlIndex): { key: Located | undefined; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = index.pairsOf(node).get(String(segment));
    return pair ? { key: pair.key as Located, value: pair.value } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item: unknown = node.items[segment];
    return item === undefined ? undefined : { key: undefined, value: item };
  }
  return undefined;
}

/**
 * Finds the source range of a wire path in a YAML document: the key and scalar value of a pair,
 * the key alone when the value is a collection, the nearest existing ancestor when the path is absent.
 * Each step is one lookup in the document's index, so the cost is the path's length.
 *
 * @param root The document's contents node.
 * @param path The wire path.
 * @param lines The line counter the document was parsed with.
 * @param index The document's index.
 *
 * @returns The range.
 */
export function yamlRange(root: Node | null, path: readonly PathSegment[], lines: LineCounter, index: YamlIndex): SourceRange {
  let node: unknown = root;
  let key: Located | undefined;
  for (const segment of path) {
    const child = childOf(node, segment, index);
    if (!child) break;
    key = child.key;
    node = child.value;
  }
  const value = (node ?? undefined) as Located | undefined;
  const collection = isMap(node) || isSeq(node);
  const startOffset = key?.range?.[0] ?? value?.range?.[0] ?? 0;
  const endOffset = collection || !value?.range ? (key?.range?.[1] ?? startOffset + 1) : value.range[1];
  const start = lines.linePos(startOffset);
  const end = lines.linePos(Math.max(endOffset, startOffset + 1));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
