import { describe, expect, it } from 'vitest';
import { aboutKey, aboutKeyPath } from './aboutKey.ts';

describe('aboutKey', () => {
  it('joins object keys with dots', () => {
    expect(aboutKey(['InstanceId'])).toBe('InstanceId');
    expect(aboutKey(['EnhancedService', 'SecurityService', 'Enabled'])).toBe('EnhancedService.SecurityService.Enabled');
  });

  it('writes every array index as []', () => {
    expect(aboutKey(['LoginSettings', 'KeyIds', 0])).toBe('LoginSettings.KeyIds[]');
    expect(aboutKey(['LoginSettings', 'KeyIds', 7])).toBe('LoginSettings.KeyIds[]');
    expect(aboutKey(['metadata', 3])).toBe('metadata[]');
    expect(aboutKey(['metadata', 3, 'key'])).toBe('metadata[].key');
  });

  it('gives the empty key for the payload itself', () => {
    expect(aboutKey([])).toBe('');
  });
});

describe('aboutKeyPath', () => {
  it('splits a key into the path it names, list elements as 0', () => {
    expect(aboutKeyPath('')).toEqual([]);
    expect(aboutKeyPath('InstanceId')).toEqual(['InstanceId']);
    expect(aboutKeyPath('metadata[]')).toEqual(['metadata', 0]);
    expect(aboutKeyPath('metadata[].key')).toEqual(['metadata', 0, 'key']);
    expect(aboutKeyPath('grid[][].cell')).toEqual(['grid', 0, 0, 'cell']);
  });

  it('inverts aboutKey', () => {
    for (const path of [['a'], ['a', 0], ['a', 0, 'b', 'c'], ['a', 0, 0]] as const) expect(aboutKeyPath(aboutKey(path))).toEqual(path);
  });
});
