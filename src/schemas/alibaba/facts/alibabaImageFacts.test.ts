import * as $dara from '@darabonba/typescript';
import { DescribeImagesResponseBodyImagesImage } from '@alicloud/ecs20140526';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { IMAGE, WINDOWS_IMAGE } from '../../../../test/guard/fixtures/alibaba.ts';
import { alibabaImageFacts } from './alibabaImageFacts.ts';
import type { AlibabaImage } from './types.ts';

const modelOf = (json: object): DescribeImagesResponseBodyImagesImage => $dara.cast(json, new DescribeImagesResponseBodyImagesImage({}));

describe('alibabaImageFacts', () => {
  it("takes the SDK's own Image model", () => {
    expectTypeOf<DescribeImagesResponseBodyImagesImage>().toExtend<AlibabaImage>();
  });

  it('reads the API page example, as the SDK casts it', () => {
    expect(alibabaImageFacts(modelOf(IMAGE))).toEqual({ os: 'linux', source: 'public', sizeGB: 20, status: 'Available' });
    expect(alibabaImageFacts(modelOf(WINDOWS_IMAGE))).toEqual({ os: 'windows', source: 'public', sizeGB: 40, status: 'Available' });
  });

  it('maps each owner alias to its source', () => {
    expect(alibabaImageFacts({ imageOwnerAlias: 'self' }).source).toBe('custom');
    expect(alibabaImageFacts({ imageOwnerAlias: 'others' }).source).toBe('shared');
    expect(alibabaImageFacts({ imageOwnerAlias: 'marketplace' }).source).toBe('marketplace');
    expect(alibabaImageFacts({ imageOwnerAlias: 'community' }).source).toBeUndefined();
  });

  it('maps an unknown OSType to no OS, keeps an unknown status, and drops a size that is no number', () => {
    expect(alibabaImageFacts({ OSType: 'unix', status: 'Waiting', size: Number.NaN })).toEqual({ status: 'Waiting' });
    expect(alibabaImageFacts({})).toEqual({});
  });
});
