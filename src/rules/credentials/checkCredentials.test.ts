import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkCredentials } from './checkCredentials.ts';
import type { CredentialMode, GivenCredential } from './types.ts';

const NAMES = ['Password', 'KeyIds', 'KeepImageLogin'];
const password: GivenCredential = { name: 'Password', path: ['LoginSettings', 'Password'] };
const keys: GivenCredential = { name: 'KeyIds', path: ['LoginSettings', 'KeyIds'] };
const keep: GivenCredential = { name: 'KeepImageLogin', path: ['LoginSettings', 'KeepImageLogin'] };

describe('checkCredentials', () => {
  describe.each(['at-most-one', 'exactly-one'] as const)('%s', (mode) => {
    test('accepts one credential', () => {
      expect(checkCredentials(mode, [password], NAMES)).toEqual([]);
      expect(checkCredentials(mode, [keys], NAMES)).toEqual([]);
    });

    test('reports each credential after the first at its own path', () => {
      expect(checkCredentials(mode, [password, keys, keep], NAMES)).toEqual([
        { rule: 'credentials/conflict', params: { with: 'Password', names: NAMES }, path: ['LoginSettings', 'KeyIds'] },
        {
          rule: 'credentials/conflict',
          params: { with: 'Password', names: NAMES },
          path: ['LoginSettings', 'KeepImageLogin'],
        },
      ]);
      expect(checkCredentials(mode, [keep, password], NAMES)).toEqual([
        {
          rule: 'credentials/conflict',
          params: { with: 'KeepImageLogin', names: NAMES },
          path: ['LoginSettings', 'Password'],
        },
      ]);
    });
  });

  test('at-most-one accepts none', () => {
    expect(checkCredentials('at-most-one', [], NAMES)).toEqual([]);
  });

  test('exactly-one reports a missing credential at the first name', () => {
    expect(checkCredentials('exactly-one', [], ['password', 'keyId'])).toEqual([
      { rule: 'credentials/missing', params: { names: ['password', 'keyId'] }, path: ['password'] },
    ]);
  });

  test('none reports every credential given', () => {
    expect(checkCredentials('none', [], NAMES)).toEqual([]);
    expect(checkCredentials('none', [password, keys], NAMES)).toEqual([
      { rule: 'credentials/unsupported', params: { name: 'Password' }, path: ['LoginSettings', 'Password'] },
      { rule: 'credentials/unsupported', params: { name: 'KeyIds' }, path: ['LoginSettings', 'KeyIds'] },
    ]);
  });

  test('copies paths and names instead of sharing them', () => {
    const names = ['a', 'b'];
    const given = [
      { name: 'a', path: ['a', 0] },
      { name: 'b', path: ['b'] },
    ];
    const [finding] = checkCredentials('at-most-one', given, names);
    expect(finding?.path).not.toBe(given[1]?.path);
    expect(finding?.params?.['names']).not.toBe(names);
    const [unsupported] = checkCredentials('none', given, names);
    expect(unsupported?.path).toEqual(['a', 0]);
    expect(unsupported?.path).not.toBe(given[0]?.path);
  });

  test('reports the expected number of findings', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<CredentialMode>('at-most-one', 'exactly-one', 'none'),
        fc.array(fc.record({ name: fc.string(), path: fc.array(fc.oneof(fc.string(), fc.nat())) }), { maxLength: 5 }),
        (mode, given) => {
          const found = checkCredentials(mode, given, NAMES);
          const expected =
            mode === 'none' ? given.length : given.length === 0 ? (mode === 'exactly-one' ? 1 : 0) : given.length - 1;
          expect(found).toHaveLength(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
