import { describe, expect, it } from 'vitest';
import { lazyObject } from './nodeLazyObject.ts';

describe('lazyObject (the Node bundles’ deferred objects)', () => {
  const real = { fields: { InstanceId: { description: 'Instance id.' } }, vendor: { 'password/*': { code: 'InvalidPassword' } } };

  it('reads nothing before a key is read, then as the object does, loading once per key', () => {
    let loads = 0;
    const stand = lazyObject(() => (loads++, real), Object.keys(real));
    expect(loads).toBe(0);
    expect(Object.keys(stand)).toEqual(['fields', 'vendor']);
    expect(stand.fields).toBe(real.fields);
    expect(stand.fields).toBe(real.fields);
    expect(stand).toEqual(real);
    expect(JSON.stringify(stand)).toBe(JSON.stringify(real));
    expect(loads).toBe(2);
  });

  it('makes each key a plain data property once read', () => {
    const stand = lazyObject(() => real, Object.keys(real));
    expect(Object.getOwnPropertyDescriptor(stand, 'fields')?.get).toBeTypeOf('function');
    void stand.fields;
    expect(Object.getOwnPropertyDescriptor(stand, 'fields')).toEqual({ value: real.fields, writable: true, enumerable: true, configurable: true });
  });

  it('reads as the object does once frozen or sealed before a key is read, without throwing', () => {
    const frozen = Object.freeze(lazyObject(() => real, Object.keys(real)));
    const sealed = Object.seal(lazyObject(() => real, Object.keys(real)));
    expect(frozen.fields).toBe(real.fields);
    expect(sealed.vendor).toBe(real.vendor);
    expect(frozen).toEqual(real);
    expect(sealed).toEqual(real);
  });

  it('stands in for an array with an array of the same length and elements', () => {
    const codes = [{ code: 'InvalidPassword' }, { code: 'InvalidInstanceId' }];
    const stand = lazyObject(() => codes, codes.length);
    expect(Array.isArray(stand)).toBe(true);
    expect(stand).toHaveLength(2);
    expect(stand.map(({ code }) => code)).toEqual(['InvalidPassword', 'InvalidInstanceId']);
    expect(stand[1]).toBe(codes[1]);
  });
});
