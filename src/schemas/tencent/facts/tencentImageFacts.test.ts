import type { Image } from 'tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { IMAGE, WINDOWS_IMAGE } from '../../../../test/guard/fixtures/tencent.ts';
import { tencentImageFacts } from './tencentImageFacts.ts';
import type { TencentImage } from './types.ts';

describe('tencentImageFacts', () => {
  it("takes the SDK's own Image type", () => {
    expectTypeOf<Image>().toExtend<TencentImage>();
  });

  it('reads the API page example', () => {
    expect(tencentImageFacts(IMAGE)).toEqual({ os: 'linux', source: 'public', sizeGB: 50, status: 'NORMAL' });
    expect(tencentImageFacts(WINDOWS_IMAGE).os).toBe('windows');
  });

  it('maps each image type, and an external import to imported', () => {
    expect(tencentImageFacts({ ImageType: 'PRIVATE_IMAGE', ImageSource: 'CREATE_IMAGE' }).source).toBe('custom');
    expect(tencentImageFacts({ ImageType: 'SHARED_IMAGE' }).source).toBe('shared');
    expect(tencentImageFacts({ ImageType: 'PRIVATE_IMAGE', ImageSource: 'EXTERNAL_IMPORT' }).source).toBe('imported');
    expect(tencentImageFacts({ ImageType: 'MARKET_IMAGE' }).source).toBeUndefined();
  });

  it('maps an unknown platform to no OS and keeps an unknown state', () => {
    expect(tencentImageFacts({ Platform: 'FreeBSD', ImageState: 'SYNCING' })).toEqual({ status: 'SYNCING' });
    expect(tencentImageFacts({ Platform: 'Other' }).os).toBeUndefined();
  });
});
