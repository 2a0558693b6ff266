/**
 * JD Cloud VM `rebuildInstance`: valibot schemas for forms and Standard Schema
 * users, the payload specs, the vendor policies and the error-code catalog.
 *
 * @module
 */
import { createSchema, type PreflightSchema, type SchemaOptions } from '../build/createSchema.ts';
import { REBUILD_INSTANCE, REBUILD_INSTANCE_103 } from './rebuildInstance.ts';

export type { PreflightSchema, SchemaOptions } from '../build/createSchema.ts';
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
 * import { rebuildInstance } from 'instance-preflight/jdcloud';
 *
 * const schema = rebuildInstance({ os: 'linux' });
 * const result = v.safeParse(schema, { regionId: 'cn-north-1', instanceId: 'i-eumm1x2yd6', password: 'abc' });
 * // result.issues[0].rule === 'password/length'
 * ```
 *
 * @param options The OS, language, message tables and whether warnings fail.
 *
 * @returns The schema (Standard Schema v1).
 */
// @__NO_SIDE_EFFECTS__
export function rebuildInstance(options: SchemaOptions = {}): PreflightSchema {
  return createSchema(REBUILD_INSTANCE, options);
}

/**
 * Creates the valibot schema of a JD Cloud `rebuildInstance` payload per the
 * "1.0.3" doc: password required; `hostname`, `metadata` and `userdata` are
 * unknown there.
 *
 * @param options The OS, language, message tables and whether warnings fail.
 *
 * @returns The schema (Standard Schema v1).
 */
// @__NO_SIDE_EFFECTS__
export function rebuildInstance103(options: SchemaOptions = {}): PreflightSchema {
  return createSchema(REBUILD_INSTANCE_103, options);
}
