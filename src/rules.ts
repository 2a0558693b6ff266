/**
 * The pure rule functions (policy in, findings out: no valibot, no messages) and the vendor policy
 * objects they take.
 *
 * @module instance-preflight/rules
 */
export * from './rules/index.ts';
// The vendor policies are data the rule functions take; `instance-preflight/rules` serves both (docs/design-decisions.md#entry-points).
export * from './registry/policies.ts';
