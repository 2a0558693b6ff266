import { describe, expect, it } from 'vitest';
import { checkTarget } from './checkTarget.ts';

describe('checkTarget', () => {
  it('reads the API id and the OS once', () => {
    expect(checkTarget({ api: 'tencent.cvm.ResetInstance', os: 'linux' })).toEqual({ api: 'tencent.cvm.ResetInstance', os: 'linux' });
    expect(checkTarget({ api: 'zenlayer.zec.ResetInstance', os: undefined })).toEqual({ api: 'zenlayer.zec.ResetInstance' });
  });

  it.each([
    [null, /^target must be an object/],
    ['tencent.cvm.ResetInstance', /^target must be an object/],
    [{ api: 'tencent.cvm.resetinstance' }, /^target\.api must be one of jdcloud\.vm\.rebuildInstance/],
    [{ api: 'tencent.cvm.ResetInstance', os: 'Windows' }, /^target\.os must be 'linux', 'windows' or undefined \(both\); got "Windows"/],
  ])('refuses %j with a TypeError', (target, message) => {
    expect(() => checkTarget(target)).toThrow(TypeError);
    expect(() => checkTarget(target)).toThrow(message);
  });
});
