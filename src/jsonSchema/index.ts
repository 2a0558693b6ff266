/**
 * JSON Schema export of each API's payload (`draft-2020-12` or `openapi-3.0`),
 * exact for the structural rules, with the rest listed under
 * `x-instance-preflight-unchecked`.
 *
 * @module instance-preflight/json-schema
 */
export { toJsonSchema, UNCHECKED, type JsonSchemaOptions } from './toJsonSchema.ts';
