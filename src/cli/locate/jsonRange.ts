import type { PathSegment } from '../../errors/issue.ts';
import type { SourceRange } from '../types.ts';
import type { JsonIndex, JsonMember, JsonNode } from './jsonIndex.ts';

/**
 * Finds the source range of a wire path in an indexed JSON text: the key and scalar value of a member,
 * the key alone when the value is an object or array, the nearest existing ancestor when the path is absent.
 * Each step is one `Map` lookup, so the cost is the path's length, whatever the size of the objects.
 *
 * @param index The JSON index.
 * @param path The wire path.
 *
 * @returns The range (the file's first character when the text has no value).
 */
export function jsonRange(index: JsonIndex, path: readonly PathSegment[]): SourceRange {
  let node: JsonNode | undefined = index.root;
  if (!node) return { line: 1, column: 1, endLine: 1, endColumn: 2 };
  let key: JsonMember | undefined;
  for (const segment of path) {
    if (node.members) {
      const member: JsonMember | undefined = node.members.get(String(segment));
      if (!member) break;
      key = member;
      node = member.value;
    } else if (node.items && typeof segment === 'number') {
      const element: JsonNode | undefined = node.items[segment];
      if (!element) break;
      key = undefined;
      node = element;
    } else {
      break;
    }
  }
  const container = node.members !== undefined || node.items !== undefined;
  const startOffset = key ? key.keyStart : node.start;
  const endOffset = container ? (key ? key.keyEnd : node.start + 1) : node.end;
  const start = index.lines.position(startOffset);
  const end = index.lines.position(endOffset);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
