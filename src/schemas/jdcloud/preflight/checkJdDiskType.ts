import type { PreflightRule } from '../../../preflight/types.ts';
import { pathIfGiven } from '../../../preflight/pathIfGiven.ts';
import { JD_FAILED_PRECONDITION, JD_ROOT_DEVICE_FOR_DISK } from '../policies.ts';

/**
 * JD disk-type rule: a local system disk needs a `localDisk` image, a cloud
 * one a `cloudDisk` image, else 400 `FAILED_PRECONDITION` `Image constraints.
 * Only support cloud/local system disk`. Needs the disk category and the image's root device type.
 *
 * @param payload The payload.
 * @param facts The facts.
 *
 * @returns The finding, at `imageId` when given.
 */
export const checkJdDiskType: PreflightRule = (payload, facts) => {
  const category = facts.instance?.systemDisk?.category;
  const root = facts.image?.rootDeviceType;
  if (category === undefined || root === undefined || JD_ROOT_DEVICE_FOR_DISK[category] === root) return [];
  return [
    {
      finding: { rule: 'preflight/disk-type', params: { expected: category } },
      path: pathIfGiven(payload, 'imageId'),
      vendor: JD_FAILED_PRECONDITION,
    },
  ];
};
