import { runInNewContext } from 'node:vm';
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

  it('takes a plain object from another realm (node:vm) as one, and not its Map or class instances', () => {
    expect(isPlainObject(runInNewContext('({ a: 1 })'))).toBe(true);
    expect(isPlainObject(runInNewContext('Object.create(null)'))).toBe(true);
    expect(isPlainObject(runInNewContext('new Map()'))).toBe(false);
    expect(isPlainObject(runInNewContext('new (class Point {})()'))).toBe(false);
    expect(isPlainObject(new (class Point {})())).toBe(false);
  });

  it('reads own properties only', () => {
    expect(own({ a: 1 }, 'a')).toBe(1);
    expect(own({}, 'toString')).toBeUndefined();
    expect(own(JSON.parse('{"__proto__": 5}') as Record<string, unknown>, '__proto__')).toBe(5);
  });
});
