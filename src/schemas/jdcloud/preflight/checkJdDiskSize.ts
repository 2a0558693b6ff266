import type { PreflightRule } from '../../../preflight/types.ts';
import { pathIfGiven } from '../../../preflight/pathIfGiven.ts';
import { JD_OUT_OF_RANGE } from '../policies.ts';

/**
 * JD disk-size rule: a cloud system disk must be at least the image's system
 * disk size, else 400 `OUT_OF_RANGE` `NewSysDiskSizeGB out of range. Less than
 * the image system disk capacity.` Needs a `cloud` disk with its size and the image size.
 *
 * @param payload The payload.
 * @param facts The facts.
 *
 * @returns The finding, at `imageId` when given.
 */
export const checkJdDiskSize: PreflightRule = (payload, facts) => {
  const disk = facts.instance?.systemDisk;
  const min = facts.image?.sizeGB;
  if (disk?.category !== 'cloud' || disk.sizeGB === undefined || min === undefined || disk.sizeGB >= min) return [];
  return [{ finding: { rule: 'preflight/disk-size', params: { min } }, path: pathIfGiven(payload, 'imageId'), vendor: JD_OUT_OF_RANGE }];
};
