/**
 * The pure rule functions (policy in, findings out: no valibot, no messages) and the vendor policy
 * objects they take.
 *
 * @module instance-preflight/rules
 */
export * from './base64/index.ts';
export * from './credentials/index.ts';
export type * from './finding.ts';
export * from './hostname/index.ts';
export * from './identifier/index.ts';
export * from './instanceName/index.ts';
export * from './metadata/index.ts';
export * from './password/index.ts';
export type { RuleId, RuleIdentity } from './ruleId.ts';
export * from './timezone/index.ts';
export * from './userdata/index.ts';
// The vendor policies are data the rule functions take; `instance-preflight/rules` serves both (docs/design-decisions.md#entry-points).
export * from '../schemas/jdcloud/policies.ts';
export * from '../schemas/tencent/policies.ts';
export * from '../schemas/zenlayer/policies.ts';
