import type { PreflightRule } from '../../../preflight/types.ts';
import type { HuaweiBodyMember } from './huaweiBody.ts';
import { checkHuaweiCloudInit } from './checkHuaweiCloudInit.ts';
import { checkHuaweiImageState } from './checkHuaweiImageState.ts';
import { checkHuaweiInstanceState } from './checkHuaweiInstanceState.ts';
import { checkHuaweiSystemDisk } from './checkHuaweiSystemDisk.ts';

/**
 * Creates the preflight rules of a Huawei reinstall or change OS (docs/vendors/huawei.md#preconditions). A key
 * pair on a Windows image needs no rule here: the payload spec's OS-dependent checks see `facts.image.os` as the OS.
 *
 * @param member `os-reinstall` (reinstall, current image) or `os-change` (change OS: the new image must be active).
 * @param cloudInit Whether the API needs an image with Cloud-Init (the v2 APIs); the v1 APIs take any image.
 *
 * @returns The rules, in the order their findings are reported.
 */
export function huaweiPreflight(member: HuaweiBodyMember, cloudInit: boolean): readonly PreflightRule[] {
  return [
    checkHuaweiInstanceState(member),
    checkHuaweiSystemDisk,
    ...(member === 'os-change' ? [checkHuaweiImageState] : []),
    ...(cloudInit ? [checkHuaweiCloudInit(member)] : []),
  ];
}
