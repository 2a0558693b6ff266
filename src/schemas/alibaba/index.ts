/**
 * Alibaba Cloud ECS `ReplaceSystemDisk`: the valibot schema for forms and Standard Schema users, its
 * message tables (`en`, `zhCN`: only the rules this schema reports), the payload spec, the vendor
 * policies and the error-code catalog.
 *
 * @module instance-preflight/alibaba
 */
import { createVendorSchema, type VendorSchema, type VendorSchemaOptions } from '../../engine/vendorSchema.ts';
import { en, type AlibabaSchemaRule } from './messages/tables.ts';
import { REPLACE_SYSTEM_DISK } from './replaceSystemDisk.ts';
import type { AlibabaReplaceSystemDiskRequest } from './request.ts';

export type * from '../../engine/schemaEntryTypes.ts';
export { en, zhCN, type AlibabaSchemaRule } from './messages/tables.ts';
export { ALIBABA_REPLACE_SYSTEM_DISK } from './api.ts';
export { ALIBABA_ERROR_CODES } from './errorCodes.ts';
export * from './policies.ts';
export { REPLACE_SYSTEM_DISK } from './replaceSystemDisk.ts';
export type * from './request.ts';

/**
 * Creates the valibot schema of an Alibaba Cloud ECS `ReplaceSystemDisk` payload (wire names, nested
 * as the SDK model is: `SystemDisk: { Size }`).
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { en, replaceSystemDisk, zhCN } from 'instance-preflight/alibaba';
 *
 * const schema = replaceSystemDisk({ os: 'windows' });
 * const result = v.safeParse(schema, { InstanceId: 'i-bp67acfmxazb4ph1qxyz', ImageId: 'm-bp67acfmxazb4ph1abcd', Password: '/EcsV587!' });
 * // result.issues[0].rule === 'password/charset'
 *
 * // Simplified Chinese messages, from this vendor's tables:
 * const zh = replaceSystemDisk({ os: 'windows', messages: [en, zhCN], lang: 'zh-CN' });
 * v.safeParse(zh, { InstanceId: 'i-bp67acfmxazb4ph1qxyz', ImageId: 'm-bp67acfmxazb4ph1abcd', Password: '/EcsV587!' }).issues?.[0].message;
 * // '密码不能以“/”开头。'
 * ```
 *
 * @param options The OS, language, message tables (default `[en]`, this vendor's), whether warnings fail, and form mode.
 *
 * @returns The schema (Standard Schema v1): it takes an `AlibabaReplaceSystemDiskRequest` (its form values,
 * `FormValues<AlibabaReplaceSystemDiskRequest>`, with `form: true`) and outputs the wire `AlibabaReplaceSystemDiskRequest`.
 */
// @__NO_SIDE_EFFECTS__
export function replaceSystemDisk<TForm extends boolean = false>(
  options: VendorSchemaOptions<AlibabaSchemaRule, TForm> = {},
): VendorSchema<AlibabaReplaceSystemDiskRequest, TForm> {
  return createVendorSchema<AlibabaReplaceSystemDiskRequest, AlibabaSchemaRule, TForm>(REPLACE_SYSTEM_DISK, en, options);
}
