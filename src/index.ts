/**
 * instance-preflight: validates cloud reinstall / rebuild / reset instance
 * requests against each vendor's documented rules before they are sent.
 *
 * @module instance-preflight
 */
export { apis, findApi, type ApiId, type Vendor } from './apis.ts';
export { validate, type ValidateOptions } from './validate.ts';
export type { Facts } from './preflight/facts.ts';
export {
  decodeUserdata,
  encodeUserdata,
  generatePassword,
  toHostname,
  type EncodeUserdataOptions,
  type EncodedUserdata,
  type GeneratePasswordOptions,
  type HelperTarget,
  type HostnameFailure,
  type HostnameResult,
  type RandomSource,
  type UserdataFrame,
} from './helpers/index.ts';
export type { Issue, Lang, PathSegment, Report, VendorError } from './errors/issue.ts';
export type { Os, Severity } from './rules/finding.ts';
export type { RuleId } from './rules/ruleId.ts';
export { RULES, RULE_IDS, ruleDocsPath, type RuleMeta } from './errors/catalog.ts';
export type { ApiPolicies, ApiSpec, OsKey, PerOs, RateLimit } from './engine/spec/api.ts';
export type { PreflightFinding, PreflightRule } from './preflight/types.ts';
export type { FieldAbout, PayloadAbout, RuleFamily, VendorCodes } from './engine/spec/types.ts';
export { fromSchemaIssues } from './engine/fromSchemaIssues.ts';
export type { PreflightEntries, PreflightFieldSchema, PreflightSchema, PreflightSchemaIssue } from './engine/createSchema.ts';
export type { VendorSchema, VendorSchemaInput } from './engine/vendorSchema.ts';
export type { FormValue, FormValues } from './engine/types.ts';
export type * from './registry/requestTypes.ts';
export type { ErrorCodeEntry } from './engine/spec/errorCode.ts';
export { en } from './errors/messages/en.ts';
export { zhCN } from './errors/messages/zhCN.ts';
export type { Message, MessageTable, MessageParams } from './errors/messages/types.ts';
