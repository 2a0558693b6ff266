import * as $dara from '@darabonba/typescript';
import { DescribeDisksResponseBodyDisksDisk } from '@alicloud/ecs20140526';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SYSTEM_DISK } from '../../../../test/guard/fixtures/alibaba.ts';
import { alibabaSystemDiskFacts } from './alibabaSystemDiskFacts.ts';
import type { AlibabaDisk } from './types.ts';

const modelOf = (json: object): DescribeDisksResponseBodyDisksDisk => $dara.cast(json, new DescribeDisksResponseBodyDisksDisk({}));

describe('alibabaSystemDiskFacts', () => {
  it("takes the SDK's own Disk model", () => {
    expectTypeOf<DescribeDisksResponseBodyDisksDisk>().toExtend<AlibabaDisk>();
  });

  it('reads the API page example, as the SDK casts it', () => {
    expect(alibabaSystemDiskFacts(modelOf(SYSTEM_DISK))).toEqual({ category: 'cloud', type: 'cloud_essd', performanceLevel: 'PL1', sizeGB: 40, encrypted: false });
  });

  it('names cloud and local disks by the first word of the category, any other leaves the kind open', () => {
    expect(alibabaSystemDiskFacts({ category: 'cloud' })).toEqual({ category: 'cloud', type: 'cloud' });
    expect(alibabaSystemDiskFacts({ category: 'cloud_auto' }).category).toBe('cloud');
    expect(alibabaSystemDiskFacts({ category: 'ephemeral_ssd' }).category).toBe('local');
    expect(alibabaSystemDiskFacts({ category: 'local_ssd_pro' }).category).toBe('local');
    expect(alibabaSystemDiskFacts({ category: 'cloudy' })).toEqual({ type: 'cloudy' });
  });

  it('gives nothing for an empty disk or null fields', () => {
    expect(alibabaSystemDiskFacts({})).toEqual({});
    expect(alibabaSystemDiskFacts({ category: null, size: null, encrypted: null, performanceLevel: '' })).toEqual({});
  });
});
