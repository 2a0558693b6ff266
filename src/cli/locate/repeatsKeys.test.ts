import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { indexJson } from './jsonIndex.ts';
import { repeatsKeys } from './repeatsKeys.ts';

const repeats = (text: string): boolean => repeatsKeys(text, JSON.parse(text));

describe('repeatsKeys', () => {
  test('finds a key repeated at any depth, also when written with escapes', () => {
    expect(repeats('{"a": 1, "b": {"c": [{"d": 1, "d": 2}]}}')).toBe(true);
    expect(repeats('{"a": 1, "\\u0061": 2}')).toBe(true);
    expect(repeats('[{"x": 1}, {"x": 1, "y": 2, "x": 3}]')).toBe(true);
  });

  test('does not take colons, quotes and backslashes inside strings for keys', () => {
    expect(repeats('{"a": "b\\": c", "d": "\\\\", "e": ":"}')).toBe(false);
    expect(repeats('{"a:b": "a", "a": "a:b"}')).toBe(false);
    expect(repeats('[":", "\\"", {"k" : 1}]')).toBe(false);
    expect(repeats('"just a string"')).toBe(false);
  });

  test('counts own keys only, even with a polluted prototype', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype['polluted'] = 1;
    try {
      expect(repeats('{"a": 1, "a": 2}')).toBe(true);
      expect(repeats('{"__proto__": 1, "b": 2}')).toBe(false);
    } finally {
      delete prototype['polluted'];
    }
  });

  test('walks deep nesting without recursion', () => {
    const deep = `${'['.repeat(100_000)}{"a":1,"a":2}${']'.repeat(100_000)}`;
    expect(repeats(deep)).toBe(true);
  });

  // Texts written member by member from a few keys (escaped spellings of one key among them), so keys repeat often.
  const key = fc.constantFrom('"a"', '"\\u0061"', '"b"', '"a:"', '"\\""', '"\\\\"');
  const { text: json } = fc.letrec<{ text: string }>((tie) => ({
    text: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('1', 'null', '"x: \\"y\\""', '":"'),
      fc.array(tie('text'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
      fc.array(fc.tuple(key, tie('text')), { maxLength: 4 }).map((members) => `{${members.map(([name, value]) => `${name} : ${value}`).join(',\n')}}`),
    ),
  }));
  test.prop([json])('agrees with the position index on generated JSON texts', (text) => {
    expect(repeatsKeys(text, JSON.parse(text))).toBe(indexJson(text).duplicates.length > 0);
  });
});
