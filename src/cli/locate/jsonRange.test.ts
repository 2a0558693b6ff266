import { parse, type MemberNode, type ValueNode } from '@humanwhocodes/momoa';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { PathSegment } from '../../errors/issue.ts';
import { indexJson } from './jsonIndex.ts';
import { jsonRange } from './jsonRange.ts';

const text = '{\n  "InstanceId": "ins-1122",\n  "LoginSettings": {\n    "KeyIds": ["skey-1", "skey-2"]\n  }\n}\n';
const root = indexJson(text);

/** The range momoa's tree gives a path, the way the locate step worked before the index. */
function momoaRange(tree: ValueNode, path: readonly PathSegment[]) {
  let node = tree;
  let key: MemberNode['name'] | undefined;
  for (const segment of path) {
    if (node.type === 'Object') {
      const member = node.members.findLast((candidate) => candidate.name.type === 'String' && candidate.name.value === String(segment));
      if (!member) break;
      key = member.name;
      node = member.value;
    } else if (node.type === 'Array' && typeof segment === 'number' && node.elements[segment]) {
      key = undefined;
      node = node.elements[segment].value;
    } else break;
  }
  const container = node.type === 'Object' || node.type === 'Array';
  const start = (key ?? node).loc.start;
  const end = container ? (key ? key.loc.end : { line: start.line, column: start.column + 1 }) : node.loc.end;
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

describe('jsonRange', () => {
  test('covers the key and a scalar value', () => {
    expect(jsonRange(root, ['InstanceId'])).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 27 });
  });

  test('covers only the key of an object value', () => {
    expect(jsonRange(root, ['LoginSettings'])).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 18 });
  });

  test('finds array elements', () => {
    expect(jsonRange(root, ['LoginSettings', 'KeyIds', 1])).toEqual({ line: 4, column: 26, endLine: 4, endColumn: 34 });
  });

  test('falls back to the nearest existing ancestor', () => {
    expect(jsonRange(root, ['LoginSettings', 'Password'])).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 18 });
    expect(jsonRange(root, ['ImageId'])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
  });

  test('points at the last of duplicate keys, as JSON.parse keeps it, and lists the repeat', () => {
    const duplicated = indexJson('{"a": 1,\n"a": 2, "b": {"\\u0061": 1, "a": 2}}');
    expect(jsonRange(duplicated, ['a']).line).toBe(2);
    expect(duplicated.duplicates.map((duplicate) => duplicate.path)).toEqual([['a'], ['b', 'a']]);
  });

  test('indexes a document nested 100,000 deep without recursion', () => {
    const depth = 100_000;
    const deep = indexJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    expect(jsonRange(deep, Array.from({ length: depth }, () => 'a'))).toMatchObject({ line: 1, column: 5 * depth - 3 });
  });

  const json = fc.tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 1, '\t', '\r\n ')).map(([value, space]) => JSON.stringify(value, null, space));
  test.prop([json, fc.array(fc.oneof(fc.nat({ max: 3 }), fc.string({ maxLength: 2 })), { maxLength: 4 })])(
    'gives the range momoa gives, for any JSON text and any path',
    (source, path) => {
      expect(jsonRange(indexJson(source), path)).toEqual(momoaRange(parse(source, { mode: 'json' }).body, path));
    },
  );
});
