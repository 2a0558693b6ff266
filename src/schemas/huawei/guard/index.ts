/**
 * A guard around `@huaweicloud/huaweicloud-sdk-ecs`'s `EcsClient`: the reinstall and change-OS methods are
 * validated before they are sent. For Node, where the SDK runs; the SDK is an optional peer dependency, never
 * imported here (the guard wraps the client it is given), and neither is any Node built-in.
 *
 * @module instance-preflight/guard/huawei
 */
export { guard, type DryRunHuaweiClient } from './guard.ts';
export type { HuaweiCredential, HuaweiEcsClient, HuaweiGuardedMethod, HuaweiOsRequest } from './types.ts';
export { PreflightError } from '../../../guard/PreflightError.ts';
export { warningsOf, PREFLIGHT_OUTCOME } from '../../../guard/warningsOf.ts';
export type { DescribeFailure, GuardOptions, PreflightOutcome } from '../../../guard/types.ts';
export type { Facts } from '../../../preflight/facts.ts';
export type { Issue, Lang, Report, VendorError } from '../../../errors/issue.ts';
