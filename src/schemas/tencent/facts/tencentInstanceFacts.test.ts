import type { Instance } from 'tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { INSTANCE } from '../../../../test/guard/fixtures/tencent.ts';
import { tencentInstanceFacts } from './tencentInstanceFacts.ts';
import type { TencentInstance } from './types.ts';

describe('tencentInstanceFacts', () => {
  it("takes the SDK's own Instance type", () => {
    expectTypeOf<Instance>().toExtend<TencentInstance>();
  });

  it('reads the API page example', () => {
    expect(tencentInstanceFacts(INSTANCE)).toEqual({
      state: 'RUNNING',
      os: 'linux',
      systemDisk: { category: 'cloud', type: 'CLOUD_PREMIUM', sizeGB: 50 },
      instanceType: 'S1.SMALL1',
      region: 'ap-guangzhou',
    });
  });

  it('reads a LOCAL_ disk as local, another type with no category', () => {
    expect(tencentInstanceFacts({ SystemDisk: { DiskType: 'LOCAL_SSD', DiskSize: 100 } }).systemDisk).toEqual({ category: 'local', type: 'LOCAL_SSD', sizeGB: 100 });
    expect(tencentInstanceFacts({ SystemDisk: { DiskType: 'NEW_KIND' } }).systemDisk).toEqual({ type: 'NEW_KIND' });
  });

  it('keeps an unknown state as given', () => {
    expect(tencentInstanceFacts({ InstanceState: 'LAUNCH_FAILED' }).state).toBe('LAUNCH_FAILED');
  });

  it('reads the OS from the OsName platform, an unknown one as no OS', () => {
    expect(tencentInstanceFacts({ OsName: 'Windows Server 2019 数据中心版 64位中文版' }).os).toBe('windows');
    expect(tencentInstanceFacts({ OsName: 'TencentOS Server 3.1 (TK4)' }).os).toBe('linux');
    expect(tencentInstanceFacts({ OsName: 'Rocky Linux 9.2 64位' }).os).toBe('linux');
    expect(tencentInstanceFacts({ OsName: 'FreeBSD 13.1 64位' }).os).toBeUndefined();
    expect(tencentInstanceFacts({ OsName: 'WindowsXP' }).os).toBeUndefined();
  });

  it('gives nothing for an empty instance or null fields, and no region for a zone without a number', () => {
    expect(tencentInstanceFacts({})).toEqual({});
    expect(tencentInstanceFacts({ Placement: null, SystemDisk: null, OsName: null, InstanceState: null })).toEqual({});
    expect(tencentInstanceFacts({ Placement: { Zone: 'somewhere' } }).region).toBeUndefined();
  });
});
