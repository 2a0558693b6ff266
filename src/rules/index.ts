/**
 * The vendor-neutral rule functions and their types: what `instance-preflight/rules` and
 * `instance-preflight/define` both export.
 */
export * from './base64/index.ts';
export * from './credentials/index.ts';
export type * from './finding.ts';
export * from './hostname/index.ts';
export * from './identifier/index.ts';
export * from './identifier/checkHexIdentifier.ts';
export * from './instanceName/index.ts';
export * from './metadata/index.ts';
export * from './parameter/index.ts';
export * from './password/index.ts';
export * from './password/checkPasswordUsername.ts';
export type { RuleId, RuleIdentity } from './ruleId.ts';
export * from './timezone/index.ts';
export * from './userdata/index.ts';
export * from './userdata/checkCloudInitFraming.ts';
