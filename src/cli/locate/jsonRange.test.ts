import { parse } from '@humanwhocodes/momoa';
import { describe, expect, test } from 'vitest';
import { jsonRange } from './jsonRange.ts';

const text = '{\n  "InstanceId": "ins-1122",\n  "LoginSettings": {\n    "KeyIds": ["skey-1", "skey-2"]\n  }\n}\n';
const root = parse(text, { mode: 'json' }).body;

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

  test('points at the last of duplicate keys, as JSON.parse keeps it', () => {
    const duplicated = parse('{"a": 1,\n"a": 2}', { mode: 'json' }).body;
    expect(jsonRange(duplicated, ['a']).line).toBe(2);
  });
});
