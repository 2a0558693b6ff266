/**
 * A guard around `jdcloud-sdk-js`'s VM client: `rebuildInstance` is validated
 * before it is sent. For Node, where the SDK runs; the SDK is
 * an optional peer dependency, never imported here (the guard wraps the client
 * it is given), and neither is any Node built-in.
 *
 * @module instance-preflight/guard/jdcloud
 */
export { guard, type DryRunJdClient } from './guard.ts';
export type { JdRebuildOptions, JdResponse, JdVmClient } from './types.ts';
export { PreflightError } from '../../../guard/PreflightError.ts';
export { warningsOf, PREFLIGHT_OUTCOME } from '../../../guard/warningsOf.ts';
export type { DescribeFailure, GuardOptions, PreflightOutcome } from '../../../guard/types.ts';
export type { Facts } from '../../../preflight/facts.ts';
export type { Issue, Lang, Report, VendorError } from '../../../errors/issue.ts';
