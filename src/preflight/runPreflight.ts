import type { Facts } from './facts.ts';
import type { PreflightFinding, PreflightRule } from './types.ts';
import { guarded } from '../engine/guarded.ts';
import { isPlainObject } from '../engine/spec/values.ts';
import {
  checkTencentDiskSize,
  checkTencentInstanceState,
  checkTencentKeepImageLogin,
  checkTencentOsSwitch,
} from '../schemas/tencent/preflight/index.ts';
import { checkJdDiskSize, checkJdDiskType, checkJdEncryption, checkJdInstanceState, checkJdInstanceType } from '../schemas/jdcloud/preflight/index.ts';
import { checkZenlayerImage, checkZenlayerInstanceState, checkZenlayerLogin } from '../schemas/zenlayer/preflight/index.ts';

const tencent = (generation: 'api3' | 'api2'): readonly PreflightRule[] => [
  checkTencentInstanceState(generation),
  checkTencentDiskSize(generation),
  checkTencentOsSwitch(generation),
  checkTencentKeepImageLogin(generation),
];

const JD: readonly PreflightRule[] = [checkJdInstanceState, checkJdDiskType, checkJdInstanceType, checkJdDiskSize, checkJdEncryption];

/**
 * The preflight rules of each API id. Keys on Windows need no rule here: the
 * payload spec's OS-dependent checks see `facts.image.os` as the OS. JD
 * "1.0.3" calls the same `/v1/` endpoint (docs/vendors/jdcloud.md#wire-format), so the
 * server's preconditions are the same though that page omits some of them.
 */
const RULES: Readonly<Record<string, readonly PreflightRule[]>> = {
  'jdcloud.vm.rebuildInstance': JD,
  'jdcloud.vm.rebuildInstance@1.0.3': JD,
  'zenlayer.zec.ResetInstance': [checkZenlayerInstanceState, checkZenlayerImage, checkZenlayerLogin],
  'tencent.cvm.ResetInstance': tencent('api3'),
  'tencent.cvm.ResetInstance@api2': tencent('api2'),
};

/**
 * Runs the preflight rules of one API over a payload and the known facts,
 * behind the guard every read of a payload shares: a payload that is no plain
 * object has no parameter to check, and one whose reads throw is the
 * `parameter/type` finding at `[]`, never a throw.
 *
 * @param api The API id.
 * @param payload The payload.
 * @param facts What is known about the instance and image.
 *
 * @returns The preconditions the request would break, each with the vendor's answer.
 */
export function runPreflight(api: string, payload: unknown, facts: Facts): PreflightFinding[] {
  const rules = Object.hasOwn(RULES, api) ? RULES[api] : undefined;
  if (!rules) return [];
  return guarded(() => (isPlainObject(payload) ? rules.flatMap((rule) => rule(payload, facts)) : []));
}
