/**
 * Tencent CVM `ResetInstance`: valibot schemas for forms and Standard Schema
 * users, the payload specs, the vendor policies and the error-code catalog.
 *
 * @module
 */
import { createSchema, type PreflightSchema, type SchemaOptions } from '../build/createSchema.ts';
import { RESET_INSTANCE, RESET_INSTANCE_API2 } from './resetInstance.ts';

export type { PreflightSchema, SchemaOptions } from '../build/createSchema.ts';
export { TENCENT_RESET_INSTANCE, TENCENT_RESET_INSTANCE_API2 } from './api.ts';
export { TENCENT_API2_ERROR_CODES, TENCENT_ERROR_CODES } from './errorCodes.ts';
export * from './policies.ts';
export { RESET_INSTANCE, RESET_INSTANCE_API2 } from './resetInstance.ts';

/**
 * Creates the valibot schema of a Tencent API 3.0 `ResetInstance` payload.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { resetInstance } from 'instance-preflight/tencent';
 *
 * const schema = resetInstance({ os: 'windows' });
 * const result = v.safeParse(schema, { InstanceId: 'ins-r8hr2upy', HostName: 'web.01' });
 * // result.issues[0].rule === 'hostname/dot'
 * ```
 *
 * @param options The OS, language, message tables and whether warnings fail.
 *
 * @returns The schema (Standard Schema v1).
 */
// @__NO_SIDE_EFFECTS__
export function resetInstance(options: SchemaOptions = {}): PreflightSchema {
  return createSchema(RESET_INSTANCE, options);
}

/**
 * Creates the valibot schema of a Tencent legacy API 2.0 `ResetInstance` payload.
 *
 * @param options The OS, language, message tables and whether warnings fail.
 *
 * @returns The schema (Standard Schema v1).
 */
// @__NO_SIDE_EFFECTS__
export function resetInstanceApi2(options: SchemaOptions = {}): PreflightSchema {
  return createSchema(RESET_INSTANCE_API2, options);
}
