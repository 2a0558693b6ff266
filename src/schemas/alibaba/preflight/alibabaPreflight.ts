import type { PreflightRule } from '../../../preflight/types.ts';
import { checkAlibabaDiskSize } from './checkAlibabaDiskSize.ts';
import { checkAlibabaInstanceLock } from './checkAlibabaInstanceLock.ts';
import { checkAlibabaInstanceState } from './checkAlibabaInstanceState.ts';
import { checkAlibabaSecurityEnhancement } from './checkAlibabaSecurityEnhancement.ts';
import { checkAlibabaStopMode } from './checkAlibabaStopMode.ts';
import { checkAlibabaUnpaidOrder } from './checkAlibabaUnpaidOrder.ts';

/**
 * Creates the preflight rules of Alibaba Cloud ECS `ReplaceSystemDisk`
 * (docs/vendors/alibaba.md#preconditions). A key pair on Windows needs no rule
 * here: the payload spec sees `facts.image.os` as the OS. The system disk
 * category cannot change, but no parameter carries one, so nothing is checked for it.
 *
 * @returns The rules, in the order their findings are reported.
 */
export function alibabaPreflight(): readonly PreflightRule[] {
  return [checkAlibabaInstanceState, checkAlibabaInstanceLock, checkAlibabaUnpaidOrder, checkAlibabaStopMode, checkAlibabaDiskSize, checkAlibabaSecurityEnhancement];
}
