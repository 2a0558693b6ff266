import type { PreflightRule } from '../../../preflight/types.ts';
import { pathIfGiven } from '../../../preflight/pathIfGiven.ts';
import { JD_FAILED_PRECONDITION } from '../policies.ts';

/**
 * JD encryption rule: the image's encryption must match the cloud system
 * disk's, else 400 `FAILED_PRECONDITION` `The image is not consistent with
 * the system disk encryption properties.` Needs both encryption facts; a local disk is never checked.
 *
 * @param payload The payload.
 * @param facts The facts.
 *
 * @returns The finding, at `imageId` when given.
 */
export const checkJdEncryption: PreflightRule = (payload, facts) => {
  const disk = facts.instance?.systemDisk;
  const image = facts.image?.encrypted;
  if (disk?.encrypted === undefined || image === undefined || disk.category === 'local' || disk.encrypted === image) return [];
  return [{ finding: { rule: 'preflight/encryption', params: {} }, path: pathIfGiven(payload, 'imageId'), vendor: JD_FAILED_PRECONDITION }];
};
