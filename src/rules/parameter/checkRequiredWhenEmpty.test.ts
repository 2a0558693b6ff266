import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkRequiredWhenEmpty, type RequiredWhenEmpty } from './checkRequiredWhenEmpty.ts';

const USER_DATA: RequiredWhenEmpty = { name: 'metadata.user_data', path: ['os-reinstall', 'metadata', 'user_data'], others: ['adminpass', 'keyname'] };

describe('checkRequiredWhenEmpty', () => {
  test('reports the parameter at its path when it and every other are absent', () => {
    expect(checkRequiredWhenEmpty(USER_DATA, [])).toEqual([
      { rule: 'parameter/required-when-empty', params: { name: 'metadata.user_data', others: ['adminpass', 'keyname'] }, path: ['os-reinstall', 'metadata', 'user_data'] },
    ]);
    expect(checkRequiredWhenEmpty(USER_DATA, ['userid', 'mode'])).toHaveLength(1);
  });

  test('passes when the parameter or any of the others is given', () => {
    expect(checkRequiredWhenEmpty(USER_DATA, ['metadata.user_data'])).toEqual([]);
    expect(checkRequiredWhenEmpty(USER_DATA, ['adminpass'])).toEqual([]);
    expect(checkRequiredWhenEmpty(USER_DATA, ['keyname'])).toEqual([]);
  });

  test('copies its path and names instead of sharing them', () => {
    const [finding] = checkRequiredWhenEmpty(USER_DATA, []);
    expect(finding?.path).not.toBe(USER_DATA.path);
    expect(finding?.params?.['others']).not.toBe(USER_DATA.others);
  });

  test('reports exactly when none of the names is given', () => {
    const names = ['metadata.user_data', 'adminpass', 'keyname', 'userid', 'mode'];
    fc.assert(
      fc.property(fc.subarray(names), (given) => {
        const expected = ['metadata.user_data', 'adminpass', 'keyname'].some((name) => given.includes(name)) ? 0 : 1;
        expect(checkRequiredWhenEmpty(USER_DATA, given)).toHaveLength(expected);
      }),
    );
  });
});
