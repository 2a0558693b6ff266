import { describe, expect, it } from 'vitest';
import { redactFlatPath } from './redactFlatPath.ts';
import { RESET_INSTANCE } from '../../schemas/tencent/resetInstance.ts';

const at = (position: number) => () => position;

describe('redactFlatPath', () => {
  it('keeps parameter names and list indexes of the spec (a digit string under a list is its index)', () => {
    expect(redactFlatPath(['LoginSettings', 'KeyIds', '3'], RESET_INSTANCE, at(0))).toEqual({ path: ['LoginSettings', 'KeyIds', 3], redacted: false, quotable: true });
  });

  it('ends the path at the first key the spec lacks, named by its position', () => {
    expect(redactFlatPath(['Zr7Wv4Lp', 'Xk9'], RESET_INSTANCE, (depth) => depth + 5)).toEqual({ path: ['<redacted key 5>'], redacted: true, quotable: false });
    expect(redactFlatPath(['LoginSettings', 'KeyIds', '01'], RESET_INSTANCE, at(2))).toEqual({ path: ['LoginSettings', 'KeyIds', '<redacted key 2>'], redacted: true, quotable: false });
  });

  it('lets a message quote a misspelt last key only, and only with a suggester that finds a near name', () => {
    const suggest = (name: string) => (name.toLowerCase().startsWith('passw') ? 'Password' : undefined);
    expect(redactFlatPath(['LoginSettings', 'Passwrd'], RESET_INSTANCE, at(0), suggest).quotable).toBe(true);
    expect(redactFlatPath(['LoginSettings', 'Passwrd'], RESET_INSTANCE, at(0)).quotable).toBe(false);
    expect(redactFlatPath(['LoginSettings', 'Passw:rd'], RESET_INSTANCE, at(0), suggest).quotable).toBe(false);
    expect(redactFlatPath(['Passwrd', 'Password'], RESET_INSTANCE, at(0), suggest).quotable).toBe(false);
  });
});
