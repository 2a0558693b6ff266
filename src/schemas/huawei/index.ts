/**
 * Huawei Cloud ECS reinstall and change OS (with and without Cloud-Init): valibot schemas for forms and
 * Standard Schema users, their message tables (`en`, `zhCN`: only the rules these schemas report), the payload
 * specs, the vendor policies and the error-code catalog.
 *
 * @module instance-preflight/huawei
 */
import { createVendorSchema, type VendorSchema, type VendorSchemaOptions } from '../../engine/vendorSchema.ts';
import { en, type HuaweiSchemaRule } from './messages/tables.ts';
import {
  CHANGE_SERVER_OS_WITH_CLOUD_INIT,
  CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT,
  REINSTALL_SERVER_WITH_CLOUD_INIT,
  REINSTALL_SERVER_WITHOUT_CLOUD_INIT,
} from './serverOs.ts';
import type {
  HuaweiChangeServerOsWithCloudInitRequest,
  HuaweiChangeServerOsWithoutCloudInitRequest,
  HuaweiReinstallServerWithCloudInitRequest,
  HuaweiReinstallServerWithoutCloudInitRequest,
} from './request.ts';

export type * from '../../engine/schemaEntryTypes.ts';
export { en, zhCN, type HuaweiSchemaRule } from './messages/tables.ts';
export {
  HUAWEI_CHANGE_SERVER_OS_WITH_CLOUD_INIT,
  HUAWEI_CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT,
  HUAWEI_REINSTALL_SERVER_WITH_CLOUD_INIT,
  HUAWEI_REINSTALL_SERVER_WITHOUT_CLOUD_INIT,
} from './api.ts';
export { HUAWEI_ERROR_CODES, HUAWEI_INVALID_CMK, HUAWEI_INVALID_PARAMETER, HUAWEI_INVALID_PASSWORD } from './errorCodes.ts';
export * from './policies.ts';
export {
  CHANGE_SERVER_OS_WITH_CLOUD_INIT,
  CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT,
  REINSTALL_SERVER_WITH_CLOUD_INIT,
  REINSTALL_SERVER_WITHOUT_CLOUD_INIT,
} from './serverOs.ts';
export type * from './request.ts';

/**
 * Creates the valibot schema of a Huawei Cloud ECS `ReinstallServerWithCloudInit` payload: the path parameters
 * `project_id` and `server_id` beside the body `os-reinstall`.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { en, reinstallServerWithCloudInit, zhCN } from 'instance-preflight/huawei';
 *
 * const schema = reinstallServerWithCloudInit({ os: 'windows' });
 * const payload = { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8', 'os-reinstall': { adminpass: 'Admin#2026x!' } };
 * const result = v.safeParse(schema, payload);
 * // result.issues[0].rule === 'password/contains-username'
 *
 * // Simplified Chinese messages, from this vendor's tables:
 * v.safeParse(reinstallServerWithCloudInit({ os: 'windows', messages: [en, zhCN], lang: 'zh-CN' }), payload).issues?.[0].message;
 * // '密码中不能包含用户名“Administrator”、其逆序或其中任意 3 个连续字符。'
 * ```
 *
 * @param options The OS, language, message tables (default `[en]`, this vendor's), whether warnings fail, and form mode.
 *
 * @returns The schema (Standard Schema v1): it takes a `HuaweiReinstallServerWithCloudInitRequest` (its form
 * values with `form: true`) and outputs the wire request.
 */
// @__NO_SIDE_EFFECTS__
export function reinstallServerWithCloudInit<TForm extends boolean = false>(
  options: VendorSchemaOptions<HuaweiSchemaRule, TForm> = {},
): VendorSchema<HuaweiReinstallServerWithCloudInitRequest, TForm> {
  return createVendorSchema<HuaweiReinstallServerWithCloudInitRequest, HuaweiSchemaRule, TForm>(REINSTALL_SERVER_WITH_CLOUD_INIT, en, options);
}

/**
 * Creates the valibot schema of a Huawei Cloud ECS `ChangeServerOsWithCloudInit` payload (body `os-change`, with `imageid`).
 *
 * @param options The OS, language, message tables (default `[en]`, this vendor's), whether warnings fail, and form mode.
 *
 * @returns The schema (Standard Schema v1) of a `HuaweiChangeServerOsWithCloudInitRequest`.
 */
// @__NO_SIDE_EFFECTS__
export function changeServerOsWithCloudInit<TForm extends boolean = false>(
  options: VendorSchemaOptions<HuaweiSchemaRule, TForm> = {},
): VendorSchema<HuaweiChangeServerOsWithCloudInitRequest, TForm> {
  return createVendorSchema<HuaweiChangeServerOsWithCloudInitRequest, HuaweiSchemaRule, TForm>(CHANGE_SERVER_OS_WITH_CLOUD_INIT, en, options);
}

/**
 * Creates the valibot schema of a Huawei Cloud ECS `ReinstallServerWithoutCloudInit` payload (v1, images without Cloud-Init).
 *
 * @param options The OS, language, message tables (default `[en]`, this vendor's), whether warnings fail, and form mode.
 *
 * @returns The schema (Standard Schema v1) of a `HuaweiReinstallServerWithoutCloudInitRequest`.
 */
// @__NO_SIDE_EFFECTS__
export function reinstallServerWithoutCloudInit<TForm extends boolean = false>(
  options: VendorSchemaOptions<HuaweiSchemaRule, TForm> = {},
): VendorSchema<HuaweiReinstallServerWithoutCloudInitRequest, TForm> {
  return createVendorSchema<HuaweiReinstallServerWithoutCloudInitRequest, HuaweiSchemaRule, TForm>(REINSTALL_SERVER_WITHOUT_CLOUD_INIT, en, options);
}

/**
 * Creates the valibot schema of a Huawei Cloud ECS `ChangeServerOsWithoutCloudInit` payload (v1, images without Cloud-Init).
 *
 * @param options The OS, language, message tables (default `[en]`, this vendor's), whether warnings fail, and form mode.
 *
 * @returns The schema (Standard Schema v1) of a `HuaweiChangeServerOsWithoutCloudInitRequest`.
 */
// @__NO_SIDE_EFFECTS__
export function changeServerOsWithoutCloudInit<TForm extends boolean = false>(
  options: VendorSchemaOptions<HuaweiSchemaRule, TForm> = {},
): VendorSchema<HuaweiChangeServerOsWithoutCloudInitRequest, TForm> {
  return createVendorSchema<HuaweiChangeServerOsWithoutCloudInitRequest, HuaweiSchemaRule, TForm>(CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT, en, options);
}
