import type { PreflightFinding, PreflightRule } from '../../../preflight/types.ts';
import { pathIfGiven } from '../../../preflight/pathIfGiven.ts';
import { ZENLAYER_IMAGE_AVAILABLE, ZENLAYER_PRECONDITION_ERRORS as ERRORS } from '../policies.ts';

/**
 * Zenlayer image rules: the boot disk at least the image size (400
 * `INVALID_IMAGE_SIZE_EXCEED`), the image `AVAILABLE` (400
 * `INVALID_IMAGE_STATUS`), and the OS type unchanged (400
 * `INVALID_OS_TYPE_NOT_SAME`). Each needs its own facts.
 *
 * @param payload The payload.
 * @param facts The facts.
 *
 * @returns The findings, at `imageId` when given.
 */
export const checkZenlayerImage: PreflightRule = (payload, facts) => {
  const image = facts.image;
  const instance = facts.instance;
  const path = pathIfGiven(payload, 'imageId');
  const out: PreflightFinding[] = [];
  const size = instance?.systemDisk?.sizeGB;
  if (size !== undefined && image?.sizeGB !== undefined && size < image.sizeGB) {
    out.push({ finding: { rule: 'preflight/disk-size', params: { min: image.sizeGB } }, path, vendor: ERRORS.size });
  }
  const status = image?.status;
  if (status !== undefined && status.toUpperCase() !== ZENLAYER_IMAGE_AVAILABLE) {
    out.push({ finding: { rule: 'preflight/image-state', params: { status } }, path, vendor: ERRORS.imageStatus });
  }
  if (instance?.os !== undefined && image?.os !== undefined && instance.os !== image.os) {
    out.push({ finding: { rule: 'preflight/os-switch', params: { reason: 'never' } }, path, vendor: ERRORS.osType });
  }
  return out;
};
