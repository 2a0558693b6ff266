import { describe, expect, it } from 'vitest';
import { isPlainObject, isPresent, own } from './values.ts';

describe('values', () => {
  it.each([
    [{}, true],
    [Object.create(null), true],
    [[], false],
    [null, false],
    [new Date(0), false],
    ['x', false],
  ])('isPlainObject(%j) is %s', (value, expected) => {
    expect(isPlainObject(value)).toBe(expected);
  });

  it.each([
    [undefined, false],
    [[], false],
    [{}, false],
    ['', true],
    [0, true],
    [false, true],
    [null, false],
    [[1], true],
    [{ a: undefined }, true],
  ])('isPresent(%j) is %s', (value, expected) => {
    expect(isPresent(value)).toBe(expected);
  });

  it('reads own properties only', () => {
    expect(own({ a: 1 }, 'a')).toBe(1);
    expect(own({}, 'toString')).toBeUndefined();
    expect(own(JSON.parse('{"__proto__": 5}') as Record<string, unknown>, '__proto__')).toBe(5);
  });
});
