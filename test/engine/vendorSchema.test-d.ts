import type { StandardSchemaV1 } from '@standard-schema/spec';
import * as v from 'valibot';
import type * as oldest from 'valibot-oldest';
import { describe, expectTypeOf, it } from 'vitest';
import type { PreflightFieldSchema, PreflightSchema, PreflightSchemaIssue } from '../../src/engine/createSchema.ts';
import type { FormValues } from '../../src/engine/types.ts';
import type { VendorSchema } from '../../src/engine/vendorSchema.ts';
import * as tencent from '../../src/schemas/tencent/index.ts';
import * as jdcloud from '../../src/schemas/jdcloud/index.ts';
import * as zenlayer from '../../src/schemas/zenlayer/index.ts';

describe('vendor factories: wire schemas', () => {
  it('take and output the API request, for valibot and Standard Schema alike', () => {
    const schema = tencent.resetInstance({ os: 'linux' });
    expectTypeOf<v.InferInput<typeof schema>>().toEqualTypeOf<tencent.TencentResetInstanceRequest>();
    expectTypeOf<v.InferOutput<typeof schema>>().toEqualTypeOf<tencent.TencentResetInstanceRequest>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof schema>>().toEqualTypeOf<tencent.TencentResetInstanceRequest>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof schema>>().toEqualTypeOf<tencent.TencentResetInstanceRequest>();
    expectTypeOf<v.InferIssue<typeof schema>>().toEqualTypeOf<PreflightSchemaIssue>();
  });

  it('type every factory with its own request', () => {
    expectTypeOf<v.InferOutput<ReturnType<typeof tencent.resetInstanceApi2>>>().toEqualTypeOf<tencent.TencentResetInstanceApi2Request>();
    expectTypeOf<v.InferOutput<ReturnType<typeof jdcloud.rebuildInstance>>>().toEqualTypeOf<jdcloud.JdcloudRebuildInstanceRequest>();
    expectTypeOf<v.InferOutput<ReturnType<typeof jdcloud.rebuildInstance103>>>().toEqualTypeOf<jdcloud.JdcloudRebuildInstance103Request>();
    expectTypeOf<v.InferOutput<ReturnType<typeof zenlayer.resetInstance>>>().toEqualTypeOf<zenlayer.ZenlayerResetInstanceRequest>();
    expectTypeOf(tencent.resetInstanceApi2()).toEqualTypeOf<VendorSchema<tencent.TencentResetInstanceApi2Request>>();
  });

  it('give safeParse a typed output and issues with rule and severity', () => {
    const result = v.safeParse(jdcloud.rebuildInstance(), { regionId: 'cn-north-1', instanceId: 'i-eumm1x2yd6' });
    if (result.success) expectTypeOf(result.output).toEqualTypeOf<jdcloud.JdcloudRebuildInstanceRequest>();
    else {
      expectTypeOf(result.issues[0].rule).toEqualTypeOf<tencent.PreflightSchemaIssue['rule']>();
      expectTypeOf(result.issues[0].severity).toEqualTypeOf<'error' | 'warning' | 'info'>();
    }
  });

  it('refuse options of the wrong vendor and payloads of the wrong shape', () => {
    // @ts-expect-error a JD table does not cover Tencent's rules
    tencent.resetInstance({ messages: [jdcloud.en] });
    type Wire = v.InferInput<VendorSchema<tencent.TencentResetInstanceRequest>>;
    expectTypeOf<Wire>().toEqualTypeOf<v.InferInput<ReturnType<typeof tencent.resetInstance<false>>>>();
    // DiskSize is a number on the wire, KeepImageLogin one of the documented spellings, InstanceId required.
    expectTypeOf<{ InstanceId: string; SystemDisk: { DiskSize: '60' } }>().not.toExtend<Wire>();
    expectTypeOf<{ InstanceId: string; LoginSettings: { KeepImageLogin: 'yes' } }>().not.toExtend<Wire>();
    expectTypeOf<{ HostName: string }>().not.toExtend<Wire>();
    expectTypeOf<{ InstanceId: string; SystemDisk: { DiskSize: 60 }; LoginSettings: { KeepImageLogin: 'TRUE' } }>().toExtend<Wire>();
  });
});

describe('vendor factories: form schemas (form: true)', () => {
  it('take form values and output the wire request', () => {
    const schema = tencent.resetInstance({ form: true });
    type Form = v.InferInput<typeof schema>;
    expectTypeOf<Form>().toEqualTypeOf<FormValues<tencent.TencentResetInstanceRequest>>();
    expectTypeOf<Form['InstanceId']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Form['SystemDisk']>['DiskSize']>().toEqualTypeOf<number | string | undefined>();
    expectTypeOf<NonNullable<Form['SystemDisk']>['Encrypt']>().toEqualTypeOf<boolean | string | undefined>();
    expectTypeOf<NonNullable<Form['LoginSettings']>['KeyIds']>().toEqualTypeOf<string[] | string | undefined>();
    expectTypeOf<NonNullable<Form['LoginSettings']>['KeepImageLogin']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<v.InferOutput<typeof schema>>().toEqualTypeOf<tencent.TencentResetInstanceRequest>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof schema>>().toEqualTypeOf<Form>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof schema>>().toEqualTypeOf<tencent.TencentResetInstanceRequest>();
  });

  it('accept what form controls give, keep required parameters required', () => {
    const schema = jdcloud.rebuildInstance({ form: true });
    expectTypeOf<{ regionId: string; instanceId: string; password: string; hostname: '' }>().toExtend<v.InferInput<typeof schema>>();
    expectTypeOf<{ regionId: string; password: string }>().not.toExtend<v.InferInput<typeof schema>>();
    expectTypeOf<{ instanceId: ''; enableAgent: 'on' }>().toExtend<v.InferInput<ReturnType<typeof zenlayer.resetInstance<true>>>>();
  });

  it('take either when form is only known to be a boolean', () => {
    const form: boolean = Math.random() > 0.5;
    const schema = zenlayer.resetInstance({ form });
    expectTypeOf<v.InferInput<typeof schema>>().toEqualTypeOf<
      zenlayer.ZenlayerResetInstanceRequest | FormValues<zenlayer.ZenlayerResetInstanceRequest>
    >();
  });
});

describe('entries', () => {
  it('are field schemas typed by the parameter', () => {
    const wire = tencent.resetInstance();
    expectTypeOf(wire.entries.HostName).toEqualTypeOf<PreflightFieldSchema<string | undefined, string | undefined>>();
    expectTypeOf(wire.entries.InstanceId).toEqualTypeOf<PreflightFieldSchema<string, string>>();
    const form = tencent.resetInstance({ form: true });
    expectTypeOf<v.InferInput<typeof form.entries.SystemDisk>>().toEqualTypeOf<
      FormValues<tencent.TencentSystemDisk> | undefined
    >();
    // @ts-expect-error no such parameter
    void wire.entries.Hostname;
  });
});

describe('PreflightSchema', () => {
  it('alone is any schema this library builds', () => {
    expectTypeOf(tencent.resetInstance({ form: true })).toExtend<PreflightSchema>();
    expectTypeOf(jdcloud.rebuildInstance103()).toExtend<PreflightSchema>();
    expectTypeOf<PreflightSchema['entries']>().toEqualTypeOf<Readonly<Record<string, PreflightFieldSchema>>>();
  });

  it('is a valibot schema and a Standard Schema v1', () => {
    expectTypeOf(zenlayer.resetInstance()).toExtend<v.GenericSchema<zenlayer.ZenlayerResetInstanceRequest>>();
    expectTypeOf(zenlayer.resetInstance()).toExtend<StandardSchemaV1<zenlayer.ZenlayerResetInstanceRequest>>();
  });

  it('is a schema of the oldest valibot in the peer range too', () => {
    const schema = tencent.resetInstance({ form: true });
    expectTypeOf(schema).toExtend<oldest.GenericSchema<v.InferInput<typeof schema>, tencent.TencentResetInstanceRequest>>();
    expectTypeOf<oldest.InferOutput<typeof schema>>().toEqualTypeOf<tencent.TencentResetInstanceRequest>();
    expectTypeOf<oldest.InferInput<typeof schema>>().toEqualTypeOf<FormValues<tencent.TencentResetInstanceRequest>>();
  });
});
