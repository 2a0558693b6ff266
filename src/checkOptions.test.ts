import { describe, expect, it } from 'vitest';
import { checkOptions } from './checkOptions.ts';

describe('checkOptions', () => {
  it('applies the defaults', () => {
    expect(checkOptions(undefined)).toEqual({ os: undefined, lang: 'en', encoding: 'json', facts: undefined });
    expect(checkOptions({})).toEqual({ os: undefined, lang: 'en', encoding: 'json', facts: undefined });
  });

  it('keeps documented values and copies the facts', () => {
    const facts = { instance: { state: 'STOPPED' } };
    const checked = checkOptions({ os: 'windows', lang: 'zh-CN', encoding: 'query', facts });
    expect(checked).toEqual({ os: 'windows', lang: 'zh-CN', encoding: 'query', facts });
    expect(checked.facts).not.toBe(facts);
  });

  it.each([
    [null, /^options must be an object/],
    [{ os: 'Linux' }, /^options\.os must be 'linux' or 'windows' \(or left out\); got "Linux"\.$/],
    [{ lang: '__proto__' }, /^options\.lang must be 'en' or 'zh-CN'/],
    [{ lang: 'toString' }, /^options\.lang must be 'en' or 'zh-CN'/],
    [{ encoding: 'JSON' }, /^options\.encoding must be 'json' or 'query'/],
    [{ facts: null }, /^options\.facts must be an object; got null/],
  ])('refuses %j with a TypeError', (options, message) => {
    expect(() => checkOptions(options)).toThrow(TypeError);
    expect(() => checkOptions(options)).toThrow(message);
  });

  it('turns a throwing getter into a TypeError', () => {
    const options = Object.defineProperty({}, 'os', { get: () => { throw new RangeError('x'); } });
    expect(() => checkOptions(options)).toThrow(new TypeError('options could not be read: one of its properties threw when read.'));
  });
});
