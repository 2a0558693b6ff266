import type { PreflightRule } from '../../../preflight/types.ts';
import type { HuaweiBodyMember } from './huaweiBody.ts';
import { imagePath } from './imagePath.ts';

/**
 * Creates the Huawei Cloud-Init rule of the v2 APIs: "You can only use an image with Cloud-Init or
 * Cloudbase-Init installed. If the image has no Cloud-Init or Cloudbase-Init installed, use the API described
 * in ... (Using an Image Without Cloud-Init Installed)" (docs/vendors/huawei.md#cloud-init-image). No error
 * code is documented, so the finding predicts none. Needs `facts.image.supportsCloudInit`.
 *
 * @param member The body member (`os-change` names the image in `imageid`).
 *
 * @returns The preflight rule.
 */
export function checkHuaweiCloudInit(member: HuaweiBodyMember): PreflightRule {
  return (payload, facts) => (facts.image?.supportsCloudInit === false ? [{ finding: { rule: 'preflight/cloud-init', params: {} }, path: imagePath(payload, member) }] : []);
}
