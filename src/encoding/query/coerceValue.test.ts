import { describe, expect, test } from 'vitest';
import { coerceValue } from './coerceValue.ts';

describe('coerceValue', () => {
  const boolean = { type: 'boolean' } as const;
  const integer = { type: 'integer' } as const;
  const string = { type: 'string' } as const;

  test.each([
    ['TRUE', true],
    ['true', true],
    ['FALSE', false],
    ['false', false],
    ['True', true],
    ['False', false],
    ['tRUE', 'tRUE'],
    ['1', '1'],
  ])('boolean field: %s', (value, expected) => expect(coerceValue(boolean, value)).toBe(expected));

  test.each([
    ['60', 60],
    ['0', 0],
    ['-1', '-1'],
    ['1.5', '1.5'],
    ['', ''],
    ['6e1', '6e1'],
  ])('integer field: %s', (value, expected) => expect(coerceValue(integer, value)).toBe(expected));

  test('string and unknown fields keep the text', () => {
    expect(coerceValue(string, 'TRUE')).toBe('TRUE');
    expect(coerceValue(undefined, '60')).toBe('60');
  });
});
