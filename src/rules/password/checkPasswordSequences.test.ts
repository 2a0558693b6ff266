import { describe, expect, test } from 'vitest';
import { checkPasswordSequences } from './checkPasswordSequences.ts';
import type { PasswordPolicy } from './types.ts';

const JD: PasswordPolicy = {
  minLength: 8,
  maxLength: 30,
  specials: '()`~!@#$%^&*_-+=|{}[]:";\'<>,.?/',
  classes: ['lower', 'upper', 'digit', 'special'],
  minClasses: 3,
  sequences: {
    runLength: 3,
    alphabet: true,
    digits: true,
    keyboard: true,
    keyboardDiagonals: 'tfc',
    disputedKeyboardDiagonals: 'esz rdx ygv uhb ijn okm',
    disputedRuns: ['012', '210', '890', '098'],
  },
};

describe('checkPasswordSequences', () => {
  const run = { rule: 'password/sequence', params: { runLength: 3 } };
  const disputed = {
    rule: 'password/sequence',
    severity: 'warning',
    params: { runLength: 3, disputed: ['012', '210', '890', '098'] },
  };
  const embed = (sequence: string): string => `Xq7!${sequence}Xq7!`;

  test.each([
    'abc',
    'CBA',
    'bcde',
    'cdef',
    'xyz',
    'ZYX',
    'mno',
    'NOP',
    '123',
    '987',
    '789',
    '0123',
    '7890',
    '3210',
    '4567',
    'qaz',
    'wsx',
    'xsw',
    'edc',
    'rfv',
    'tgb',
    'yhn',
    'ujm',
    'zaq',
    'mju',
    'QAZ',
    'NHY',
    'qwe',
    'qwert',
    'trewq',
    'poi',
    'asd',
    'lkj',
    'zxc',
    'mnb',
    'ASD',
    'IOP',
    'tfc',
    'cft',
    'TFC',
  ])('JD rejects %s', (sequence) => {
    expect(checkPasswordSequences(JD, embed(sequence))).toEqual([run]);
  });

  test.each(['012', '210', '890', '098', '0120', '0980'])('JD only warns on the disputed %s', (sequence) => {
    expect(checkPasswordSequences(JD, embed(sequence))).toEqual([disputed]);
  });

  const disputedDiagonal = {
    rule: 'password/sequence',
    severity: 'warning',
    params: { runLength: 3, disputed: ['esz', 'rdx', 'ygv', 'uhb', 'ijn', 'okm'] },
  };

  test.each(['esz', 'zse', 'rdx', 'xdr', 'OKM', 'ygv', 'uhb', 'ijn', 'MKO'])('JD only warns on the diagonal %s, which no JD example names', (sequence) => {
    expect(checkPasswordSequences(JD, embed(sequence))).toEqual([disputedDiagonal]);
  });

  test('one warning lists both disputed kinds, never the password characters themselves', () => {
    expect(checkPasswordSequences(JD, embed('012Xrdx'))).toEqual([
      { ...disputedDiagonal, params: { runLength: 3, disputed: ['012', '210', '890', '098', 'esz', 'rdx', 'ygv', 'uhb', 'ijn', 'okm'] } },
    ]);
    expect(checkPasswordSequences(JD, embed('rdxXtfc'))).toEqual([run]);
  });

  test('without diagonal lists no diagonal counts', () => {
    const plain = { ...JD, sequences: { runLength: 3, alphabet: true, digits: true, keyboard: true } };
    expect(checkPasswordSequences(plain, embed('tfc'))).toEqual([]);
    expect(checkPasswordSequences(plain, embed('rdx'))).toEqual([]);
  });

  test.each([
    'aBc',
    'AbC',
    'cBa',
    'qWe',
    'Qaz',
    'wSx',
    '901',
    '109',
    'yza',
    'azy',
    'pas',
    'lzx',
    'opa',
    'ab',
    '12',
    'qa',
    'ace',
    '135',
    'qsc',
    'wsr',
    'qas',
    'tFc',
    'tgc',
    'a1b',
    'z0a',
    'YZ[',
    'yz{',
    '89:',
    '/01',
  ])('JD allows %s', (sequence) => {
    expect(checkPasswordSequences(JD, embed(sequence))).toEqual([]);
  });

  test('a real run next to a disputed one is an error', () => {
    expect(checkPasswordSequences(JD, embed('0123'))).toEqual([run]);
    expect(checkPasswordSequences(JD, embed('012Xabc'))).toEqual([run]);
  });

  test('switches turn each kind off', () => {
    const off = { ...JD, sequences: { runLength: 3, alphabet: false, digits: false, keyboard: false } };
    expect(checkPasswordSequences(off, embed('abc123qaz'))).toEqual([]);
    const digitsOnly = { ...off, sequences: { ...off.sequences, digits: true } };
    expect(checkPasswordSequences(digitsOnly, embed('abc'))).toEqual([]);
    expect(checkPasswordSequences(digitsOnly, embed('123'))).toEqual([run]);
    const keyboardOnly = { ...off, sequences: { ...off.sequences, keyboard: true } };
    expect(checkPasswordSequences(keyboardOnly, embed('klm'))).toEqual([]);
    expect(checkPasswordSequences(keyboardOnly, embed('edc'))).toEqual([run]);
    const alphabetOnly = { ...off, sequences: { ...off.sequences, alphabet: true } };
    expect(checkPasswordSequences(alphabetOnly, embed('qwe'))).toEqual([]);
    expect(checkPasswordSequences(alphabetOnly, embed('def'))).toEqual([run]);
  });

  test('honours runLength', () => {
    const four = { ...JD, sequences: { ...JD.sequences!, runLength: 4, disputedRuns: [] } };
    expect(checkPasswordSequences(four, embed('abc'))).toEqual([]);
    expect(checkPasswordSequences(four, embed('abcd'))).toEqual([{ rule: 'password/sequence', params: { runLength: 4 } }]);
    expect(checkPasswordSequences(four, embed('qwer'))).toEqual([{ rule: 'password/sequence', params: { runLength: 4 } }]);
  });
});

test('checks nothing without sequence bans, or beyond the length gate', () => {
  expect(checkPasswordSequences({ minLength: 8, maxLength: 30, specials: '!', classes: ['lower'], minClasses: 1 }, 'abc123qwe')).toEqual([]);
  expect(checkPasswordSequences(JD, 'abc'.repeat(41))).toEqual([]);
  expect(checkPasswordSequences(JD, 'abc'.repeat(40))).toEqual([{ rule: 'password/sequence', params: { runLength: 3 } }]);
});
