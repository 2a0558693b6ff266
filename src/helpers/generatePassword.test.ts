import { describe, expect, test } from 'vitest';
import { generatePassword } from './generatePassword.ts';
import { JD_PASSWORD } from '../schemas/jdcloud/policies.ts';
import { checkPassword, checkPasswordSequences } from '../rules/password/index.ts';

const counter = (): ((cells: Uint32Array) => Uint32Array) => {
  let next = 0;
  return (cells) => {
    cells.forEach((_, index) => (cells[index] = (next++ * 2654435761) >>> 0));
    return cells;
  };
};

describe('generatePassword', () => {
  test('is deterministic for a given random source and 16 characters long by default', () => {
    const first = generatePassword({ api: 'jdcloud.vm.rebuildInstance', os: 'linux' }, { random: counter() });
    expect(generatePassword({ api: 'jdcloud.vm.rebuildInstance', os: 'linux' }, { random: counter() })).toBe(first);
    expect(first).toHaveLength(16);
    expect(checkPassword(JD_PASSWORD, first)).toEqual([]);
    expect(checkPasswordSequences(JD_PASSWORD, first)).toEqual([]);
  });

  test('clamps the length asked for to every applicable policy', () => {
    expect(generatePassword({ api: 'zenlayer.zec.ResetInstance' }, { length: 40 })).toHaveLength(16);
    expect(generatePassword({ api: 'tencent.cvm.ResetInstance', os: 'windows' }, { length: 4 })).toHaveLength(12);
    expect(generatePassword({ api: 'tencent.cvm.ResetInstance' }, { length: 8 })).toHaveLength(12);
    expect(generatePassword({ api: 'tencent.cvm.ResetInstance', os: 'linux' }, { length: 8 })).toHaveLength(8);
  });

  test('uses only the specials every reading accepts (no disputed Zenlayer ones)', () => {
    for (let run = 0; run < 200; run++) {
      expect(generatePassword({ api: 'zenlayer.zec.ResetInstance' })).toMatch(/^[A-Za-z\d~!@$^*\-_=+]+$/);
    }
  });

  test('a source that does not fill its array with varied values is a TypeError naming options.random', () => {
    const stuck = (cells: Uint32Array): Uint32Array => cells.fill(0xffff_ffff);
    const unfilled = (cells: Uint32Array): Uint32Array => crypto.getRandomValues(new Uint32Array(cells.length));
    const half = (cells: Uint32Array): Uint32Array => (crypto.getRandomValues(cells.subarray(0, 32)), cells);
    for (const random of [stuck, unfilled, half]) {
      expect(() => generatePassword({ api: 'tencent.cvm.ResetInstance' }, { random })).toThrow(TypeError);
      expect(() => generatePassword({ api: 'tencent.cvm.ResetInstance' }, { random })).toThrow(/options\.random must fill/);
    }
  });

  test('an unknown API id, OS or option type is a TypeError naming the argument', () => {
    expect(() => generatePassword({ api: 'nope' as 'tencent.cvm.ResetInstance' })).toThrow(/target\.api must be one of/);
    expect(() => generatePassword({ api: 'tencent.cvm.ResetInstance', os: 'Linux' as 'linux' })).toThrow(/target\.os must be 'linux', 'windows'/);
    expect(() => generatePassword(null as never)).toThrow(/target must be an object/);
    expect(() => generatePassword({ api: 'tencent.cvm.ResetInstance' }, { random: 5 as never })).toThrow(/options\.random must be a function/);
    expect(() => generatePassword({ api: 'tencent.cvm.ResetInstance' }, { length: '16' as never })).toThrow(/options\.length must be a finite number/);
  });
});
