/**
 * Zenlayer ZEC `ResetInstance`: valibot schemas for forms and Standard Schema
 * users, the payload spec, the vendor policies and the error-code catalog.
 *
 * @module
 */
import { createSchema, type PreflightSchema, type SchemaOptions } from '../build/createSchema.ts';
import { RESET_INSTANCE } from './resetInstance.ts';

export type { PreflightSchema, SchemaOptions } from '../build/createSchema.ts';
export { ZENLAYER_RESET_INSTANCE } from './api.ts';
export { checkOpaqueId } from './checkOpaqueId.ts';
export * from './errorCodes.ts';
export * from './policies.ts';
export { RESET_INSTANCE } from './resetInstance.ts';

/**
 * Creates the valibot schema of a Zenlayer ZEC `ResetInstance` payload.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { resetInstance } from 'instance-preflight/zenlayer';
 *
 * const schema = resetInstance({ os: 'linux' });
 * const result = v.safeParse(schema, { instanceId: '759357236395203627' });
 * // result.issues[0].rule === 'credentials/missing'
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
