/**
 * The pure rule functions (policy in, findings out: no valibot, no messages) and the vendor policy
 * objects they take.
 *
 * @module instance-preflight/rules
 */
export * from './rules/base64/index.ts';
export * from './rules/credentials/index.ts';
export type * from './rules/finding.ts';
export * from './rules/hostname/index.ts';
export * from './rules/identifier/index.ts';
export * from './rules/instanceName/index.ts';
export * from './rules/metadata/index.ts';
export * from './rules/password/index.ts';
export type { RuleId, RuleIdentity } from './rules/ruleId.ts';
export * from './rules/timezone/index.ts';
export * from './rules/userdata/index.ts';
// The vendor policies are data the rule functions take; `instance-preflight/rules` serves both (docs/design-decisions.md#entry-points).
export * from './schemas/jdcloud/policies.ts';
export * from './schemas/tencent/policies.ts';
export * from './schemas/zenlayer/policies.ts';
