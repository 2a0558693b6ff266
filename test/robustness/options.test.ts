import { describe, expect, test } from 'vitest';
import { decodeUserdata, encodeUserdata, generatePassword, toHostname, validate } from '../../src/index.ts';

const API = 'tencent.cvm.ResetInstance';
const PAYLOAD = { InstanceId: 'ins-r8hr2upy' };

/** Calls `run` and returns what it threw (a test fails on anything but a TypeError whose message matches). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

const expectTypeError = (run: () => unknown, message: RegExp): void => {
  const error = thrown(run);
  expect(error).toBeInstanceOf(TypeError);
  expect((error as Error).message).toMatch(message);
};

describe('options outside their documented types throw a TypeError naming the option and its values (issue 13)', () => {
  test.each([
    ['os "Linux"', { os: 'Linux' }, /options\.os must be 'linux' or 'windows'.*got "Linux"/],
    ['os "Windows" (Tencent Platform spelling)', { os: 'Windows' }, /options\.os must be 'linux' or 'windows'/],
    ['os 5', { os: 5 }, /options\.os .*got number/],
    ['lang "__proto__"', { lang: '__proto__' }, /options\.lang must be 'en' or 'zh-CN'/],
    ['lang "EN"', { lang: 'EN' }, /options\.lang must be 'en' or 'zh-CN'/],
    ['encoding "form"', { encoding: 'form' }, /options\.encoding must be 'json' or 'query'/],
    ['options null', null, /options must be an object.*got null/],
    ['options a string', 'linux', /options must be an object.*got string/],
    ['options an array', [], /options must be an object.*got an array/],
  ] as const)('%s', (_, options, message) => {
    expectTypeError(() => validate(API, PAYLOAD, options as never), message);
  });

  test.each([
    ['facts null', null, /options\.facts must be an object; got null/],
    ['facts a string', 'RUNNING', /options\.facts must be an object/],
    ['instance 5', { instance: 5 }, /options\.facts\.instance must be an object; got number/],
    ['instance.state 5', { instance: { state: 5 } }, /options\.facts\.instance\.state must be a string; got number/],
    ['instance.os "Linux"', { instance: { os: 'Linux' } }, /options\.facts\.instance\.os must be one of 'linux', 'windows'; got "Linux"/],
    ['systemDisk.sizeGB "50"', { instance: { systemDisk: { sizeGB: '50' } } }, /options\.facts\.instance\.systemDisk\.sizeGB must be a finite number/],
    ['image.source "public-ish"', { image: { source: 'public-ish' } }, /options\.facts\.image\.source must be one of 'public'/],
    ['image.supportedInstanceTypes "a"', { image: { supportedInstanceTypes: 'a' } }, /supportedInstanceTypes must be an array of strings/],
    ['image.supportsPassword "yes"', { image: { supportsPassword: 'yes' } }, /supportsPassword must be a boolean/],
  ] as const)('%s', (_, facts, message) => {
    expectTypeError(() => validate(API, PAYLOAD, { facts } as never), message);
  });

  test('facts whose getter throws are a TypeError, not the getter’s error', () => {
    const facts = Object.defineProperty({}, 'instance', { get: () => { throw new RangeError('hostile'); } });
    expectTypeError(() => validate(API, PAYLOAD, { facts } as never), /options\.facts could not be read/);
  });

  test('documented options still work, and none of them is reported as a payload issue', () => {
    const report = validate(API, PAYLOAD, { os: 'windows', lang: 'zh-CN', encoding: 'json', facts: { instance: { state: 'STOPPED', systemDisk: { sizeGB: 50 } }, image: { supportedInstanceTypes: ['S5.MEDIUM2'] } } });
    expect(report.issues.filter((issue) => issue.path.length === 0)).toEqual([]);
  });
});

describe('helper arguments outside their documented types throw a TypeError naming the argument (issue 13)', () => {
  test.each([
    ['generatePassword os "Linux"', () => generatePassword({ api: API, os: 'Linux' as 'linux' }), /target\.os must be 'linux', 'windows' or undefined/],
    ['generatePassword unknown api', () => generatePassword({ api: 'nope' as typeof API }), /target\.api must be one of/],
    ['toHostname os "Windows"', () => toHostname('web', { api: API, os: 'Windows' as 'windows' }), /target\.os must be/],
    ['toHostname name 5', () => toHostname(5 as never, { api: API }), /name must be a string/],
    ['encodeUserdata frame "zsh"', () => encodeUserdata('echo', { api: API }, { frame: 'zsh' as 'bash' }), /options\.frame must be one of bash, python, cmd, powershell/],
    ['encodeUserdata frame "__proto__"', () => encodeUserdata('echo', { api: API }, { frame: '__proto__' as 'bash' }), /options\.frame must be one of/],
    ['encodeUserdata os "LINUX"', () => encodeUserdata('echo', { api: 'jdcloud.vm.rebuildInstance', os: 'LINUX' as 'linux' }), /target\.os must be/],
    ['encodeUserdata script null', () => encodeUserdata(null as never, { api: API }), /script must be a string/],
    ['decodeUserdata(null)', () => decodeUserdata(null as never), /value must be a string/],
    ['decodeUserdata(42)', () => decodeUserdata(42 as never), /value must be a string/],
  ] as const)('%s', (_, run, message) => {
    expectTypeError(run, message);
  });
});

describe('generatePassword refuses a random source that does not fill its array with varied values (issue 13)', () => {
  test.each([
    ['fills nothing', (values: Uint32Array) => values],
    ['fills a copy', (values: Uint32Array) => crypto.getRandomValues(new Uint32Array(values.length))],
    ['fills one value everywhere', (values: Uint32Array) => values.fill(7)],
    ['fills half', (values: Uint32Array) => (crypto.getRandomValues(values.subarray(0, values.length / 2)), values)],
    ['cycles through four values', (values: Uint32Array) => (values.forEach((_, index) => (values[index] = (index % 4) * 0x4000_0000)), values)],
  ] as const)('a source that %s is a TypeError naming options.random', (_, random) => {
    expectTypeError(() => generatePassword({ api: API }, { random }), /options\.random must fill the Uint32Array/);
  });
});
