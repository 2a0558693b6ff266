import { describe, expect, it } from 'vitest';
import { compact } from './compact.ts';

describe('compact', () => {
  it('drops undefined members and keeps false, 0 and empty strings', () => {
    const out = compact({ a: undefined, b: false, c: 0, d: '' });
    expect(out).toEqual({ b: false, c: 0, d: '' });
    expect(Object.keys(out)).toEqual(['b', 'c', 'd']);
  });
});
