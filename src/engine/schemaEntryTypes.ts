/**
 * The schema types every vendor entry (`instance-preflight/<vendor>`) exports beside its factories, so a form
 * can name them without importing the engine.
 */
export type {
  PreflightEntries,
  PreflightFieldSchema,
  PreflightSchema,
  PreflightSchemaIssue,
  SchemaOptions,
} from './createSchema.ts';
export type { VendorSchema, VendorSchemaInput, VendorSchemaOptions } from './vendorSchema.ts';
export type { FormValue, FormValues } from './types.ts';
