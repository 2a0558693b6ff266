import type { PreflightRule } from '../../../preflight/types.ts';
import { imagePath } from './imagePath.ts';
import { HUAWEI_IMAGE_ACTIVE, HUAWEI_PRECONDITION_ERRORS } from '../policies.ts';

/**
 * Huawei change-OS image-state rule: the new image must be `active` ("An image can be used only when it is in
 * the active state", IMS Image Attributes), else 400 `Ecs.0032` "The image is not active"
 * (docs/vendors/huawei.md#image). Needs `facts.image.status`; a reinstall keeps its current image and is not checked.
 *
 * @param payload The payload.
 * @param facts The facts.
 *
 * @returns The finding, at `os-change.imageid` when given.
 */
export const checkHuaweiImageState: PreflightRule = (payload, facts) => {
  const status = facts.image?.status;
  if (status === undefined || status.toLowerCase() === HUAWEI_IMAGE_ACTIVE) return [];
  return [{ finding: { rule: 'preflight/image-state', params: { status } }, path: imagePath(payload, 'os-change'), vendor: HUAWEI_PRECONDITION_ERRORS.imageStatus }];
};
