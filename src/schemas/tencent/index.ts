/**
 * Tencent CVM `ResetInstance`: valibot schemas for forms and Standard Schema
 * users, their message tables (`en`, `zhCN`: only the rules these schemas
 * report), the payload specs, the vendor policies and the error-code catalog.
 *
 * @module instance-preflight/tencent
 */
import { createVendorSchema, type VendorSchema, type VendorSchemaOptions } from '../../engine/vendorSchema.ts';
import { en, type TencentSchemaRule } from './messages/tables.ts';
import { RESET_INSTANCE, RESET_INSTANCE_API2 } from './resetInstance.ts';
import type { TencentResetInstanceApi2Request, TencentResetInstanceRequest } from './request.ts';

export type * from '../../engine/schemaEntryTypes.ts';
export { en, zhCN, type TencentSchemaRule } from './messages/tables.ts';
export { TENCENT_RESET_INSTANCE, TENCENT_RESET_INSTANCE_API2 } from './api.ts';
export { TENCENT_API2_ERROR_CODES, TENCENT_ERROR_CODES } from './errorCodes.ts';
export * from './policies.ts';
export { RESET_INSTANCE, RESET_INSTANCE_API2 } from './resetInstance.ts';
export type * from './request.ts';

/**
 * Creates the valibot schema of a Tencent API 3.0 `ResetInstance` payload.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { en, resetInstance, zhCN } from 'instance-preflight/tencent';
 *
 * const schema = resetInstance({ os: 'windows' });
 * const result = v.safeParse(schema, { InstanceId: 'ins-r8hr2upy', HostName: 'web.01' });
 * // result.issues[0].rule === 'hostname/dot'
 *
 * // Simplified Chinese messages, from this vendor's tables:
 * const zh = resetInstance({ os: 'windows', messages: [en, zhCN], lang: 'zh-CN' });
 * v.safeParse(zh, { InstanceId: 'ins-r8hr2upy', HostName: 'web.01' }).issues?.[0].message;
 * // '请删除点号：Windows 主机名不能包含“.”。'
 * ```
 *
 * @param options The OS, language, message tables (default `[en]`, this vendor's), whether warnings fail, and form mode.
 *
 * @returns The schema (Standard Schema v1): it takes a `TencentResetInstanceRequest` (its form values,
 * `FormValues<TencentResetInstanceRequest>`, with `form: true`) and outputs the wire `TencentResetInstanceRequest`.
 */
// @__NO_SIDE_EFFECTS__
export function resetInstance<TForm extends boolean = false>(
  options: VendorSchemaOptions<TencentSchemaRule, TForm> = {},
): VendorSchema<TencentResetInstanceRequest, TForm> {
  return createVendorSchema<TencentResetInstanceRequest, TencentSchemaRule, TForm>(RESET_INSTANCE, en, options);
}

/**
 * Creates the valibot schema of a Tencent legacy API 2.0 `ResetInstance` payload.
 *
 * @param options The OS, language, message tables (default `[en]`, this vendor's), whether warnings fail, and form mode.
 *
 * @returns The schema (Standard Schema v1): it takes a `TencentResetInstanceApi2Request` (its form values,
 * `FormValues<TencentResetInstanceApi2Request>`, with `form: true`) and outputs the wire `TencentResetInstanceApi2Request`.
 */
// @__NO_SIDE_EFFECTS__
export function resetInstanceApi2<TForm extends boolean = false>(
  options: VendorSchemaOptions<TencentSchemaRule, TForm> = {},
): VendorSchema<TencentResetInstanceApi2Request, TForm> {
  return createVendorSchema<TencentResetInstanceApi2Request, TencentSchemaRule, TForm>(RESET_INSTANCE_API2, en, options);
}
