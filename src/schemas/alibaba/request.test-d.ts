import type { ReplaceSystemDiskRequest, ReplaceSystemDiskRequestArn, ReplaceSystemDiskRequestSystemDisk } from '@alicloud/ecs20140526';
import { describe, expectTypeOf, it } from 'vitest';
import type { AlibabaReplaceSystemDiskRequest } from './request.ts';

/** The request without the common parameters, which the SDK sends itself. */
type Body = Omit<AlibabaReplaceSystemDiskRequest, 'Action' | 'Version'>;

/** A model's data fields: its declared keys without the base model's index signature and methods. */
type Fields<T> = Exclude<keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] }, 'validate' | 'copyWithoutStream' | 'toMap'>;

/** The SDK's field name of a wire name: the wire name with its first letter lowered (`KMSKeyId` kept as it is). */
type SdkName<K> = K extends 'KMSKeyId' ? K : K extends string ? Uncapitalize<K> : never;

/** A request type with the SDK's field names. */
type AsSdk<T> = { [K in keyof T as SdkName<K>]: T[K] };

describe('AlibabaReplaceSystemDiskRequest', () => {
  it('has the official SDK’s ReplaceSystemDiskRequest fields by their wire names, at every depth', () => {
    expectTypeOf<SdkName<keyof Body>>().toEqualTypeOf<Fields<ReplaceSystemDiskRequest>>();
    expectTypeOf<SdkName<keyof NonNullable<Body['SystemDisk']>>>().toEqualTypeOf<Fields<ReplaceSystemDiskRequestSystemDisk>>();
    expectTypeOf<SdkName<keyof NonNullable<Body['Arn']>[number]>>().toEqualTypeOf<Fields<ReplaceSystemDiskRequestArn>>();
  });

  it('types each field as the SDK does (scalars; the nested models by their own fields)', () => {
    expectTypeOf<Omit<AsSdk<Body>, 'systemDisk' | 'arn'>>().toExtend<Partial<Pick<ReplaceSystemDiskRequest, Exclude<Fields<ReplaceSystemDiskRequest>, 'systemDisk' | 'arn'>>>>();
    expectTypeOf<AsSdk<NonNullable<Body['SystemDisk']>>>().toExtend<Partial<Pick<ReplaceSystemDiskRequestSystemDisk, Fields<ReplaceSystemDiskRequestSystemDisk>>>>();
    expectTypeOf<AsSdk<NonNullable<Body['Arn']>[number]>>().toExtend<Partial<Pick<ReplaceSystemDiskRequestArn, Fields<ReplaceSystemDiskRequestArn>>>>();
  });
});
