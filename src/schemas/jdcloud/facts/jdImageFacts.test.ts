import { describe, expect, it } from 'vitest';
import { IMAGE, WINDOWS_IMAGE } from '../../../../test/guard/fixtures/jdcloud.ts';
import { jdImageFacts } from './jdImageFacts.ts';

describe('jdImageFacts', () => {
  it('reads the describeImage example', () => {
    expect(jdImageFacts(IMAGE)).toEqual({ os: 'linux', rootDeviceType: 'cloudDisk', sizeGB: 40, status: 'ready', encrypted: false, source: 'public' });
    expect(jdImageFacts(WINDOWS_IMAGE).os).toBe('windows');
  });

  it('maps every platform of the model, and an unknown one to no OS', () => {
    for (const platform of ['Ubuntu', 'CentOS', 'Other Linux']) expect(jdImageFacts({ platform }).os, platform).toBe('linux');
    for (const platform of ['Windows Server', 'Other Windows']) expect(jdImageFacts({ platform }).os, platform).toBe('windows');
    expect(jdImageFacts({ platform: 'openEuler' }).os).toBeUndefined();
  });

  it('maps each source, an import to imported, and community to none', () => {
    expect(jdImageFacts({ imageSource: 'thirdparty' }).source).toBe('marketplace');
    expect(jdImageFacts({ imageSource: 'private' }).source).toBe('custom');
    expect(jdImageFacts({ imageSource: 'private', imported: true }).source).toBe('imported');
    expect(jdImageFacts({ imageSource: 'shared' }).source).toBe('shared');
    expect(jdImageFacts({ imageSource: 'community' }).source).toBeUndefined();
  });

  it('keeps an unknown status and drops an unknown root device type', () => {
    expect(jdImageFacts({ status: 'copying', rootDeviceType: 'nvme' })).toEqual({ status: 'copying' });
  });
});
