import { describe, expect, it } from 'vitest';
import { keepRecent } from './keepRecent.ts';

describe('keepRecent', () => {
  it('keeps each key its newest entries first, at most the bound', () => {
    const recent = new Map<string, number[]>();
    for (const entry of [1, 2, 3, 4, 5]) keepRecent(recent, 'a', entry, 3);
    keepRecent(recent, 'b', 9, 3);
    expect(recent.get('a')).toEqual([5, 4, 3]);
    expect(recent.get('b')).toEqual([9]);
  });
});
