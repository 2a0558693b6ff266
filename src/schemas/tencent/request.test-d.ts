import type { ResetInstanceRequest } from 'tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models.js';
import { describe, expectTypeOf, it } from 'vitest';
import type { TencentResetInstanceRequest } from './request.ts';

/** The request without the common parameters, which the SDK sends itself. */
type Body = Omit<TencentResetInstanceRequest, 'Action' | 'Version' | 'Region'>;

describe('TencentResetInstanceRequest', () => {
  it('has the official SDK’s ResetInstanceRequest parameters, and is accepted where the SDK takes one', () => {
    expectTypeOf<keyof Body>().toEqualTypeOf<keyof ResetInstanceRequest>();
    expectTypeOf<keyof NonNullable<Body['SystemDisk']>>().toEqualTypeOf<keyof NonNullable<ResetInstanceRequest['SystemDisk']>>();
    expectTypeOf<keyof NonNullable<Body['LoginSettings']>>().toEqualTypeOf<keyof NonNullable<ResetInstanceRequest['LoginSettings']>>();
    expectTypeOf<keyof NonNullable<Body['EnhancedService']>>().toEqualTypeOf<keyof NonNullable<ResetInstanceRequest['EnhancedService']>>();
    expectTypeOf<Body>().toExtend<ResetInstanceRequest>();
  });
});
