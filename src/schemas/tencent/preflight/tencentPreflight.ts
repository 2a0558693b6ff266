import type { PreflightRule } from '../../../preflight/types.ts';
import type { TencentGeneration } from './tencentError.ts';
import { checkTencentDiskSize } from './checkTencentDiskSize.ts';
import { checkTencentInstanceState } from './checkTencentInstanceState.ts';
import { checkTencentKeepImageLogin } from './checkTencentKeepImageLogin.ts';
import { checkTencentOsSwitch } from './checkTencentOsSwitch.ts';

/**
 * Creates the preflight rules of a Tencent `ResetInstance` generation. Keys on
 * Windows need no rule here: the payload spec's OS-dependent checks see
 * `facts.image.os` as the OS.
 *
 * @param generation API 3.0 (`api3`) or the legacy API 2.0 (`api2`), whose error codes differ.
 *
 * @returns The rules, in the order their findings are reported.
 */
export function tencentPreflight(generation: TencentGeneration): readonly PreflightRule[] {
  return [
    checkTencentInstanceState(generation),
    checkTencentDiskSize(generation),
    checkTencentOsSwitch(generation),
    checkTencentKeepImageLogin(generation),
  ];
}
