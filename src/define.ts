/**
 * What a third party needs to define an API of its own, in its own package: the spec types (payload,
 * fields, the API record, about texts), the pure rule functions its checks call, and the builders of
 * its checker (`createChecker`), its valibot schemas (`createSchema`, `createVendorSchema`) and its
 * `validate()` (`createValidator`). The guide is docs/guides/adding-an-api.md.
 *
 * @module instance-preflight/define
 */
export type { ApiPolicies, ApiSpec, OsKey, PerOs, RateLimit } from './engine/spec/api.ts';
export type { Vendor } from './apis.ts';
export type {
  ArrayField,
  BooleanField,
  CheckContext,
  FieldAbout,
  FieldMap,
  FieldSpec,
  IntegerField,
  ObjectField,
  PayloadAbout,
  PayloadCheck,
  PayloadSpec,
  RuleFamily,
  StringField,
  ValueCheck,
  VendorCodes,
} from './engine/spec/types.ts';
export type { ErrorCodeEntry } from './engine/spec/errorCode.ts';
export type { Facts } from './preflight/facts.ts';
export type { PreflightFinding, PreflightRule } from './preflight/types.ts';
export type { Issue, Lang, PathSegment, Report, VendorError } from './errors/issue.ts';
export type { ValidateOptions } from './validate.ts';
export type { Message, MessageTable } from './errors/messages/types.ts';
export * from './rules/index.ts';
export { byOs } from './engine/spec/byOs.ts';
export { isPlainObject, isPresent, own } from './engine/spec/values.ts';
export { createChecker } from './engine/createChecker.ts';
export type { Checker, CheckerOptions, FormValue, FormValues, LocatedFinding } from './engine/types.ts';
export {
  createSchema,
  type PreflightEntries,
  type PreflightFieldSchema,
  type PreflightSchema,
  type PreflightSchemaIssue,
  type SchemaOptions,
} from './engine/createSchema.ts';
export { createVendorSchema, type VendorSchema, type VendorSchemaInput, type VendorSchemaOptions } from './engine/vendorSchema.ts';
export { createValidator, type Validator } from './createValidator.ts';
