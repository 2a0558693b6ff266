import * as $dara from '@darabonba/typescript';
import { DescribeInstancesResponseBodyInstancesInstance } from '@alicloud/ecs20140526';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { INSTANCE } from '../../../../test/guard/fixtures/alibaba.ts';
import { alibabaInstanceFacts } from './alibabaInstanceFacts.ts';
import type { AlibabaInstance } from './types.ts';

/** The instance as the SDK returns it: the JSON cast into its model. */
const modelOf = (json: object): DescribeInstancesResponseBodyInstancesInstance => $dara.cast(json, new DescribeInstancesResponseBodyInstancesInstance({}));

describe('alibabaInstanceFacts', () => {
  it("takes the SDK's own Instance model", () => {
    expectTypeOf<DescribeInstancesResponseBodyInstancesInstance>().toExtend<AlibabaInstance>();
  });

  it('reads the API page example, as the SDK casts it: no locks is a fact', () => {
    expect(alibabaInstanceFacts(modelOf(INSTANCE))).toEqual({ state: 'Stopped', os: 'linux', instanceType: 'ecs.g6.large', region: 'cn-hangzhou', locks: [], stopMode: 'KeepCharging' });
  });

  it('reads every lock reason, and keeps an unknown one as given', () => {
    const locked = modelOf({ ...INSTANCE, OperationLocks: { LockReason: [{ LockReason: 'security', LockMsg: 'x' }, { LockReason: 'financial' }, { LockReason: 'Recycling' }] } });
    expect(alibabaInstanceFacts(locked).locks).toEqual(['security', 'financial', 'Recycling']);
    expect(alibabaInstanceFacts({ operationLocks: { lockReason: [null, { lockReason: '' }, { lockReason: 'refunded' }] } }).locks).toEqual(['refunded']);
  });

  it('maps Windows, and an unknown OSType to no OS; keeps an unknown state', () => {
    expect(alibabaInstanceFacts({ OSType: 'windows' }).os).toBe('windows');
    expect(alibabaInstanceFacts({ OSType: 'freebsd', status: 'Expired' })).toEqual({ state: 'Expired' });
  });

  it('gives nothing for an empty instance or null fields: no locks field is no lock fact', () => {
    expect(alibabaInstanceFacts({})).toEqual({});
    expect(alibabaInstanceFacts({ status: null, OSType: null, operationLocks: null, regionId: '' })).toEqual({});
  });
});
