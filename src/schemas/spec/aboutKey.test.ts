import { describe, expect, it } from 'vitest';
import { aboutKey, childAboutKey } from './aboutKey.ts';

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

describe('childAboutKey', () => {
  it('builds the same keys one segment at a time', () => {
    expect(childAboutKey('', 'metadata')).toBe('metadata');
    expect(childAboutKey('metadata', 3)).toBe('metadata[]');
    expect(childAboutKey('metadata[]', 'key')).toBe('metadata[].key');
  });
});
