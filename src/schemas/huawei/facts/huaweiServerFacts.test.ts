import type { ServerDetail } from '@huaweicloud/huaweicloud-sdk-ecs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SERVER } from '../../../../test/guard/fixtures/huawei.ts';
import type { HuaweiServerInput } from './types.ts';
import { huaweiServerFacts } from './huaweiServerFacts.ts';

describe('huaweiServerFacts', () => {
  it('reads the ShowServer example', () => {
    expect(huaweiServerFacts(SERVER)).toEqual({ state: 'SHUTOFF', os: 'linux', instanceType: 's6.small.1', hasSystemDisk: true });
  });

  it('takes the SDK-typed ServerDetail, whose wire-named members are private', () => {
    expectTypeOf<ServerDetail>().toExtend<HuaweiServerInput>();
  });

  it('says no system disk only when every listed disk is a data disk', () => {
    const volumes = (list: unknown): boolean | undefined => huaweiServerFacts({ 'os-extended-volumes:volumes_attached': list } as never).hasSystemDisk;
    expect(volumes([])).toBe(false);
    expect(volumes([{ id: 'd', bootIndex: '-1' }])).toBe(false);
    expect(volumes([{ id: 'd', bootIndex: '-1' }, { id: 's', bootIndex: '0' }])).toBe(true);
    // A disk without its boot flag could be the system disk.
    expect(volumes([{ id: 'd', bootIndex: '-1' }, { id: 'x' }])).toBeUndefined();
    expect(volumes(undefined)).toBeUndefined();
    expect(volumes('none')).toBeUndefined();
  });

  it('maps metadata.os_type, and gives no OS for another value', () => {
    expect(huaweiServerFacts({ metadata: { os_type: 'Windows' } }).os).toBe('windows');
    expect(huaweiServerFacts({ metadata: { os_type: 'Other' } }).os).toBeUndefined();
    expect(huaweiServerFacts({ metadata: null }).os).toBeUndefined();
  });

  it('keeps an unknown status and gives nothing for an empty server', () => {
    expect(huaweiServerFacts({ status: 'SUSPENDED' })).toEqual({ state: 'SUSPENDED' });
    expect(huaweiServerFacts({})).toEqual({});
    expect(huaweiServerFacts({ status: '', flavor: { id: '' } })).toEqual({});
  });
});
