import { describe, expect, it } from 'vitest';
import { IMAGE } from '../../../../test/guard/fixtures/zenlayer.ts';
import { zenlayerImageFacts } from './zenlayerImageFacts.ts';

describe('zenlayerImageFacts', () => {
  it('reads the DescribeImages example', () => {
    expect(zenlayerImageFacts(IMAGE)).toEqual({ os: 'linux', category: 'Ubuntu', sizeGB: 30, status: 'AVAILABLE', source: 'public' });
  });

  it('maps windows, and bsd, android, any and unknown types to no OS', () => {
    expect(zenlayerImageFacts({ osType: 'windows', category: 'Windows' })).toEqual({ os: 'windows', category: 'Windows' });
    for (const osType of ['bsd', 'android', 'any', 'solaris']) expect(zenlayerImageFacts({ osType }).os, osType).toBeUndefined();
  });

  it('keeps an unknown category and status, reads a custom image, and drops a size that is no whole number', () => {
    expect(zenlayerImageFacts({ category: 'NixOS', imageStatus: 'SYNCING', imageType: 'CUSTOM_IMAGE', imageSize: '30.5' })).toEqual({
      category: 'NixOS',
      status: 'SYNCING',
      source: 'custom',
    });
  });
});
