import { describe, expect, it } from 'vitest';
import { IMAGE, WINDOWS_IMAGE } from '../../../../test/guard/fixtures/huawei.ts';
import { huaweiImageFacts } from './huaweiImageFacts.ts';

describe('huaweiImageFacts', () => {
  it('reads the IMS image example', () => {
    expect(huaweiImageFacts(IMAGE)).toEqual({ os: 'linux', status: 'active', sizeGB: 40, source: 'public' });
    expect(huaweiImageFacts(WINDOWS_IMAGE).os).toBe('windows');
  });

  it('reads the OS from __os_type, else __platform; Other, an unknown platform or a disagreement give none', () => {
    expect(huaweiImageFacts({ __platform: 'EulerOS' }).os).toBe('linux');
    expect(huaweiImageFacts({ __os_type: 'Other', __platform: 'Other' }).os).toBeUndefined();
    expect(huaweiImageFacts({ __platform: 'Kylin' }).os).toBeUndefined();
    expect(huaweiImageFacts({ __os_type: 'Windows', __platform: 'Ubuntu' }).os).toBeUndefined();
  });

  it('maps each image type, and an encryption key to encrypted', () => {
    expect(huaweiImageFacts({ __imagetype: 'private' }).source).toBe('custom');
    expect(huaweiImageFacts({ __imagetype: 'shared' }).source).toBe('shared');
    expect(huaweiImageFacts({ __imagetype: 'community' }).source).toBeUndefined();
    expect(huaweiImageFacts({ __system__cmkid: '83cdb52d-9ebf-4469-9cfa-e7b5b80da846' }).encrypted).toBe(true);
    expect(huaweiImageFacts({ __system__cmkid: '' })).toEqual({});
  });

  it('never claims Cloud-Init either way, and keeps an unknown status', () => {
    expect(huaweiImageFacts(IMAGE)).not.toHaveProperty('supportsCloudInit');
    expect(huaweiImageFacts({ status: 'saving', min_disk: Number.NaN })).toEqual({ status: 'saving' });
  });
});
