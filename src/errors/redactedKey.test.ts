import { describe, expect, it } from 'vitest';
import { redactedKey } from './redactedKey.ts';

describe('redactedKey', () => {
  it('names a hidden key by its position only', () => {
    expect(redactedKey(0)).toBe('<redacted key 0>');
    expect(redactedKey(12)).toBe('<redacted key 12>');
  });

  it('gives the same text for a position every time, beyond the kept positions too', () => {
    for (const position of [0, 1, 63, 64, 1000, 999_999]) {
      expect(redactedKey(position)).toBe(`<redacted key ${position}>`);
      expect(redactedKey(position)).toBe(redactedKey(position));
    }
  });
});
