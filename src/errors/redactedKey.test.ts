import { describe, expect, it } from 'vitest';
import { redactedKey } from './redactedKey.ts';

describe('redactedKey', () => {
  it('names a hidden key by its position only', () => {
    expect(redactedKey(0)).toBe('<redacted key 0>');
    expect(redactedKey(12)).toBe('<redacted key 12>');
  });
});
