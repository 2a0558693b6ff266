/**
 * JD Cloud VM `rebuildInstance`: valibot schemas for forms and Standard Schema
 * users, their message tables (`en`, `zhCN`: only the rules these schemas
 * report), the payload specs, the vendor policies and the error-code catalog.
 *
 * @module
 */
import type { PreflightSchema } from '../build/createSchema.ts';
import { createVendorSchema, type VendorSchemaOptions } from '../build/vendorSchema.ts';
import type { JdcloudSchemaRule } from './messages/rules.ts';
import { en } from './messages/en.ts';
import { REBUILD_INSTANCE, REBUILD_INSTANCE_103 } from './rebuildInstance.ts';

export type { PreflightSchema, SchemaOptions } from '../build/createSchema.ts';
export type { VendorSchemaOptions } from '../build/vendorSchema.ts';
export type { JdcloudSchemaRule } from './messages/rules.ts';
export { en } from './messages/en.ts';
export { zhCN } from './messages/zhCN.ts';
export { JDCLOUD_REBUILD_INSTANCE, JDCLOUD_REBUILD_INSTANCE_103 } from './api.ts';
export { JD_103_ERROR_CODES, JD_ERROR_CODES, JD_INVALID_ARGUMENT_PRESUMED, JD_INVALID_PASSWORD } from './errorCodes.ts';
export * from './policies.ts';
export { REBUILD_INSTANCE, REBUILD_INSTANCE_103 } from './rebuildInstance.ts';

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
 * @returns The schema (Standard Schema v1).
 */
// @__NO_SIDE_EFFECTS__
export function rebuildInstance(options: VendorSchemaOptions<JdcloudSchemaRule> = {}): PreflightSchema {
  return createVendorSchema(REBUILD_INSTANCE, en, options);
}

/**
 * Creates the valibot schema of a JD Cloud `rebuildInstance` payload per the
 * "1.0.3" doc: password required; `hostname`, `metadata` and `userdata` are
 * unknown there.
 *
 * @param options The OS, language, message tables (default `[en]`, this vendor's), whether warnings fail, and form mode.
 *
 * @returns The schema (Standard Schema v1).
 */
// @__NO_SIDE_EFFECTS__
export function rebuildInstance103(options: VendorSchemaOptions<JdcloudSchemaRule> = {}): PreflightSchema {
  return createVendorSchema(REBUILD_INSTANCE_103, en, options);
}
