import { describe, expect, it } from 'vitest';
import { osFromNames } from './osFromNames.ts';

const TABLE = { windows: 'windows', centos: 'linux' } as const;

describe('osFromNames', () => {
  it('maps a known string, in any case', () => {
    expect(osFromNames(TABLE, ['CentOS'])).toBe('linux');
    expect(osFromNames(TABLE, [' Windows '])).toBe('windows');
  });

  it('maps an unknown string, an empty one and a non-string to no OS', () => {
    expect(osFromNames(TABLE, ['FreeBSD'])).toBeUndefined();
    expect(osFromNames(TABLE, [''])).toBeUndefined();
    expect(osFromNames(TABLE, [null, 3, undefined])).toBeUndefined();
  });

  it('lets a known field decide when another is unknown', () => {
    expect(osFromNames(TABLE, ['centos', 'Kylin'])).toBe('linux');
  });

  it('maps two known fields that disagree to no OS', () => {
    expect(osFromNames(TABLE, ['windows', 'CentOS'])).toBeUndefined();
  });
});
