/**
 * Zenlayer ZEC `ResetInstance`: valibot schemas for forms and Standard Schema
 * users, their message tables (`en`, `zhCN`: only the rules these schemas
 * report), the payload spec, the vendor policies and the error-code catalog.
 *
 * @module instance-preflight/zenlayer
 */
import { createVendorSchema, type VendorSchema, type VendorSchemaOptions } from '../../engine/vendorSchema.ts';
import { en, type ZenlayerSchemaRule } from './messages/tables.ts';
import { RESET_INSTANCE } from './resetInstance.ts';
import type { ZenlayerResetInstanceRequest } from './request.ts';

export type * from '../../engine/schemaEntryTypes.ts';
export { en, zhCN, type ZenlayerSchemaRule } from './messages/tables.ts';
export { ZENLAYER_RESET_INSTANCE } from './api.ts';
export { checkOpaqueId } from './checkOpaqueId.ts';
export * from './errorCodes.ts';
export * from './policies.ts';
export { RESET_INSTANCE } from './resetInstance.ts';
export type * from './request.ts';

/**
 * Creates the valibot schema of a Zenlayer ZEC `ResetInstance` payload.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { en, resetInstance, zhCN } from 'instance-preflight/zenlayer';
 *
 * const schema = resetInstance({ os: 'linux' });
 * const result = v.safeParse(schema, { instanceId: '759357236395203627' });
 * // result.issues[0].rule === 'credentials/missing'
 *
 * // Simplified Chinese messages, from this vendor's tables:
 * const zh = resetInstance({ os: 'linux', messages: [en, zhCN], lang: 'zh-CN' });
 * v.safeParse(zh, { instanceId: '759357236395203627' }).issues?.[0].message;
 * // '须且只能指定一种登录方式：“password”、“keyId”。'
 * ```
 *
 * @param options The OS, language, message tables (default `[en]`, this vendor's), whether warnings fail, and form mode.
 *
 * @returns The schema (Standard Schema v1): it takes a `ZenlayerResetInstanceRequest` (its form values,
 * `FormValues<ZenlayerResetInstanceRequest>`, with `form: true`) and outputs the wire `ZenlayerResetInstanceRequest`.
 */
// @__NO_SIDE_EFFECTS__
export function resetInstance<TForm extends boolean = false>(
  options: VendorSchemaOptions<ZenlayerSchemaRule, TForm> = {},
): VendorSchema<ZenlayerResetInstanceRequest, TForm> {
  return createVendorSchema<ZenlayerResetInstanceRequest, ZenlayerSchemaRule, TForm>(RESET_INSTANCE, en, options);
}
