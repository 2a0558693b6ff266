import { describe, expectTypeOf, it } from 'vitest';
import * as samples from '../fixtures/completeRequests.ts';
import type { Complete } from '../fixtures/requestFields.ts';
import type { JdcloudRebuildInstance103Request, JdcloudRebuildInstanceRequest } from '../../src/schemas/jdcloud/request.ts';
import type { TencentResetInstanceApi2Request, TencentResetInstanceRequest } from '../../src/schemas/tencent/request.ts';
import type { ZenlayerResetInstanceRequest } from '../../src/schemas/zenlayer/request.ts';

// Importing the samples puts their annotations under this type check, so `npm test` fails when a request
// type gains or loses a parameter the samples do not have; the vendors' request tests hold the samples to the specs.
describe('the complete request samples', () => {
  it('give every parameter of their request type, and no other', () => {
    expectTypeOf(samples.TENCENT_API3).toEqualTypeOf<Complete<TencentResetInstanceRequest>>();
    expectTypeOf(samples.TENCENT_API2).toEqualTypeOf<Complete<TencentResetInstanceApi2Request>>();
    expectTypeOf(samples.JD_V1).toEqualTypeOf<Complete<JdcloudRebuildInstanceRequest>>();
    expectTypeOf(samples.JD_103).toEqualTypeOf<Complete<JdcloudRebuildInstance103Request>>();
    expectTypeOf(samples.ZENLAYER).toEqualTypeOf<Complete<ZenlayerResetInstanceRequest>>();
  });

  it('make a missing or an extra parameter a type error', () => {
    const { HostName: _dropped, ...missing } = samples.TENCENT_API3;
    expectTypeOf(missing).not.toExtend<Complete<TencentResetInstanceRequest>>();
    expectTypeOf({ ...samples.ZENLAYER, timeZone: 'Asia/Shanghai' }).not.toEqualTypeOf<Complete<ZenlayerResetInstanceRequest>>();
  });
});
