import { describe, expect, test } from 'vitest';
import { toPointer } from './toPointer.ts';

describe('toPointer', () => {
  test('root is the empty pointer', () => {
    expect(toPointer([])).toBe('');
  });

  test('joins keys and indexes', () => {
    expect(toPointer(['LoginSettings', 'KeyIds', 0])).toBe('/LoginSettings/KeyIds/0');
  });

  test('escapes ~ before / as RFC 6901 requires', () => {
    expect(toPointer(['a/b', 'm~n', '~1'])).toBe('/a~1b/m~0n/~01');
  });
});
