import { describe, expect, it } from 'vitest';
import { checkFacts } from './checkFacts.ts';

describe('checkFacts', () => {
  it('copies the documented facts only, values checked', () => {
    const types = ['S5.MEDIUM2'];
    const facts = {
      instance: { state: 'RUNNING', os: 'linux', systemDisk: { category: 'cloud', type: 'cloud_essd', sizeGB: 50, encrypted: false, performanceLevel: 'PL1' }, instanceType: 'S5', region: 'ap-guangzhou', locks: ['security'], unpaidOrder: false, stopMode: 'KeepCharging', hasSystemDisk: true, extra: 1 },
      image: { os: 'windows', category: 'Windows', rootDeviceType: 'cloudDisk', sizeGB: 40, status: 'AVAILABLE', encrypted: true, source: 'custom', supportedInstanceTypes: types, supportsPassword: true, supportsKeyPair: false, supportsAgent: true, supportsCloudInit: false },
      other: {},
    };
    const checked = checkFacts(facts);
    const { extra: _extra, ...instance } = facts.instance;
    expect(checked).toEqual({ instance, image: facts.image });
    expect(checked.image?.supportedInstanceTypes).not.toBe(types);
    expect(checked.instance?.locks).not.toBe(facts.instance.locks);
  });

  it('leaves absent facts absent', () => {
    expect(checkFacts({})).toEqual({});
    expect(checkFacts({ instance: { state: undefined } })).toEqual({ instance: {} });
  });

  it.each([
    [5, /^options\.facts must be an object; got number/],
    [{ image: [] }, /^options\.facts\.image must be an object; got an array/],
    [{ instance: { state: 5 } }, /^options\.facts\.instance\.state must be a string; got number/],
    [{ instance: { systemDisk: { category: 'ssd' } } }, /^options\.facts\.instance\.systemDisk\.category must be one of 'local', 'cloud'; got "ssd"/],
    [{ instance: { systemDisk: { sizeGB: Number.NaN } } }, /sizeGB must be a finite number/],
    [{ image: { os: 'Linux' } }, /^options\.facts\.image\.os must be one of 'linux', 'windows'; got "Linux"/],
    [{ image: { supportedInstanceTypes: ['a', 5] } }, /supportedInstanceTypes must be an array of strings/],
    [{ instance: { locks: 'security' } }, /^options\.facts\.instance\.locks must be an array of strings; got "security"/],
    [{ instance: { unpaidOrder: 'yes' } }, /^options\.facts\.instance\.unpaidOrder must be a boolean/],
    [{ image: { status: null } }, /^options\.facts\.image\.status must be a string; got null/],
    [{ instance: { hasSystemDisk: 'no' } }, /^options\.facts\.instance\.hasSystemDisk must be a boolean/],
    [{ image: { supportsCloudInit: 1 } }, /^options\.facts\.image\.supportsCloudInit must be a boolean; got number/],
  ])('refuses %j with a TypeError', (facts, message) => {
    expect(() => checkFacts(facts)).toThrow(TypeError);
    expect(() => checkFacts(facts)).toThrow(message);
  });
});
