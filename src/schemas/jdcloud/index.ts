/**
 * JD Cloud VM `rebuildInstance`: valibot schemas for forms and Standard Schema
 * users, their message tables (`en`, `zhCN`: only the rules these schemas
 * report), the payload specs, the vendor policies and the error-code catalog.
 *
 * @module instance-preflight/jdcloud
 */
import { createVendorSchema, type VendorSchema, type VendorSchemaOptions } from '../../engine/vendorSchema.ts';
import { en, type JdcloudSchemaRule } from './messages/tables.ts';
import { REBUILD_INSTANCE, REBUILD_INSTANCE_103 } from './rebuildInstance.ts';
import type { JdcloudRebuildInstance103Request, JdcloudRebuildInstanceRequest } from './request.ts';

export type * from '../../engine/schemaEntryTypes.ts';
export { en, zhCN, type JdcloudSchemaRule } from './messages/tables.ts';
export { JDCLOUD_REBUILD_INSTANCE, JDCLOUD_REBUILD_INSTANCE_103 } from './api.ts';
export { JD_103_ERROR_CODES, JD_ERROR_CODES, JD_INVALID_ARGUMENT_PRESUMED, JD_INVALID_PASSWORD } from './errorCodes.ts';
export * from './policies.ts';
export { REBUILD_INSTANCE, REBUILD_INSTANCE_103 } from './rebuildInstance.ts';
export type * from './request.ts';

/**
 * Creates the valibot schema of a JD Cloud `rebuildInstance` v1 payload.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { en, rebuildInstance, zhCN } from 'instance-preflight/jdcloud';
 *
 * const schema = rebuildInstance({ os: 'linux' });
 * const result = v.safeParse(schema, { regionId: 'cn-north-1', instanceId: 'i-eumm1x2yd6', password: 'abc' });
 * // result.issues[0].rule === 'password/length'
 *
 * // Simplified Chinese messages, from this vendor's tables:
 * const zh = rebuildInstance({ os: 'linux', messages: [en, zhCN], lang: 'zh-CN' });
 * v.safeParse(zh, { regionId: 'cn-north-1', instanceId: 'i-eumm1x2yd6', password: 'abc' }).issues?.[0].message;
 * // '密码长度须为 8-30 个字符。'
 * ```
 *
 * @param options The OS, language, message tables (default `[en]`, this vendor's), whether warnings fail, and form mode.
 *
 * @returns The schema (Standard Schema v1): it takes a `JdcloudRebuildInstanceRequest` (its form values,
 * `FormValues<JdcloudRebuildInstanceRequest>`, with `form: true`) and outputs the wire `JdcloudRebuildInstanceRequest`.
 */
// @__NO_SIDE_EFFECTS__
export function rebuildInstance<TForm extends boolean = false>(
  options: VendorSchemaOptions<JdcloudSchemaRule, TForm> = {},
): VendorSchema<JdcloudRebuildInstanceRequest, TForm> {
  return createVendorSchema<JdcloudRebuildInstanceRequest, JdcloudSchemaRule, TForm>(REBUILD_INSTANCE, en, options);
}

/**
 * Creates the valibot schema of a JD Cloud `rebuildInstance` payload per the
 * "1.0.3" doc: password required; `hostname`, `metadata` and `userdata` are
 * unknown there.
 *
 * @param options The OS, language, message tables (default `[en]`, this vendor's), whether warnings fail, and form mode.
 *
 * @returns The schema (Standard Schema v1): it takes a `JdcloudRebuildInstance103Request` (its form values,
 * `FormValues<JdcloudRebuildInstance103Request>`, with `form: true`) and outputs the wire `JdcloudRebuildInstance103Request`.
 */
// @__NO_SIDE_EFFECTS__
export function rebuildInstance103<TForm extends boolean = false>(
  options: VendorSchemaOptions<JdcloudSchemaRule, TForm> = {},
): VendorSchema<JdcloudRebuildInstance103Request, TForm> {
  return createVendorSchema<JdcloudRebuildInstance103Request, JdcloudSchemaRule, TForm>(REBUILD_INSTANCE_103, en, options);
}
