import type {
  ChangeServerOsWithCloudInitOption,
  ChangeServerOsWithoutCloudInitOption,
  ReinstallServerWithCloudInitOption,
  ReinstallServerWithoutCloudInitOption,
} from '@huaweicloud/huaweicloud-sdk-ecs';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  HuaweiChangeServerOsWithCloudInitRequest,
  HuaweiChangeServerOsWithoutCloudInitRequest,
  HuaweiReinstallServerWithCloudInitRequest,
  HuaweiReinstallServerWithoutCloudInitRequest,
} from './request.ts';

/** The public members of an SDK option class (its `withX` builders aside). */
type Members<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? never : K }[keyof T];

describe('Huawei request bodies', () => {
  it('have the official SDK option models’ members', () => {
    expectTypeOf<keyof HuaweiReinstallServerWithCloudInitRequest['os-reinstall']>().toEqualTypeOf<Members<ReinstallServerWithCloudInitOption>>();
    expectTypeOf<keyof HuaweiChangeServerOsWithCloudInitRequest['os-change']>().toEqualTypeOf<Members<ChangeServerOsWithCloudInitOption>>();
    expectTypeOf<keyof HuaweiReinstallServerWithoutCloudInitRequest['os-reinstall']>().toEqualTypeOf<Members<ReinstallServerWithoutCloudInitOption>>();
    expectTypeOf<keyof HuaweiChangeServerOsWithoutCloudInitRequest['os-change']>().toEqualTypeOf<Members<ChangeServerOsWithoutCloudInitOption>>();
  });
});
