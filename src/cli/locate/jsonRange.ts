import type { MemberNode, StringNode, ValueNode } from '@humanwhocodes/momoa';
import type { PathSegment } from '../../errors/issue.ts';
import type { SourceRange } from '../types.ts';

function memberOf(members: readonly MemberNode[], key: string): MemberNode | undefined {
  // JSON.parse keeps the last of duplicate keys, so the finding is about that one.
  for (let index = members.length - 1; index >= 0; index--) {
    const member = members[index];
    if (member && member.name.type === 'String' && member.name.value === key) return member;
  }
  return undefined;
}

/**
 * Finds the source range of a wire path in a JSON syntax tree: the key and scalar value of a member,
 * the key alone when the value is an object or array, the nearest existing ancestor when the path is absent.
 *
 * @param root The root value node (momoa, `mode: 'json'`).
 * @param path The wire path.
 *
 * @returns The range.
 */
export function jsonRange(root: ValueNode, path: readonly PathSegment[]): SourceRange {
  let node = root;
  let key: StringNode | undefined;
  for (const segment of path) {
    if (node.type === 'Object') {
      const member = memberOf(node.members, String(segment));
      if (!member || member.name.type !== 'String') break;
      key = member.name;
      node = member.value;
    } else if (node.type === 'Array' && typeof segment === 'number') {
      const element = node.elements[segment];
      if (!element) break;
      key = undefined;
      node = element.value;
    } else {
      break;
    }
  }
  const container = node.type === 'Object' || node.type === 'Array';
  const start = (key ?? node).loc.start;
  const end = container ? (key ? key.loc.end : { line: start.line, column: start.column + 1 }) : node.loc.end;
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
