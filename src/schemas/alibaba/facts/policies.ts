import type { Os } from '../../../rules/finding.ts';

/**
 * Alibaba `OSType` values with the OS each is: the two values the `OSType` docstring of
 * `@alicloud/ecs20140526`'s `DescribeImagesRequest` lists ("windows", "linux"). Any other string maps to no OS.
 */
export const ALIBABA_OS_TYPE_OS: Readonly<Record<string, Os>> = {
  windows: 'windows',
  linux: 'linux',
};

/**
 * Alibaba `ImageOwnerAlias` values with the image source each is (the `ImageOwnerAlias` docstring of
 * `DescribeImagesRequest`): `system` are Alibaba's own images (outside the Marketplace), `self` the
 * account's custom images, `others` images shared with it (or community images), `marketplace`
 * Alibaba Cloud Marketplace images.
 */
export const ALIBABA_OWNER_ALIAS_SOURCE = {
  system: 'public',
  self: 'custom',
  others: 'shared',
  marketplace: 'marketplace',
} as const;

/**
 * The kind of disk each first word of an Alibaba disk category names: `cloud` and `cloud_*` are cloud
 * disks, `local_*` local disks and `ephemeral` / `ephemeral_ssd` (retired) local disks (the `Category`
 * docstring of `DescribeDisksRequest`, which lists `cloud`, `cloud_efficiency`, `cloud_ssd`, `cloud_essd`,
 * `cloud_auto`, `cloud_regional_disk_auto`, `cloud_essd_entry`, `local_ssd_pro`, `local_hdd_pro`, `ephemeral`,
 * `ephemeral_ssd`, and elastic ephemeral disks, which "cannot be used as system disks").
 */
export const ALIBABA_DISK_KIND: Readonly<Record<string, 'cloud' | 'local'>> = {
  cloud: 'cloud',
  local: 'local',
  ephemeral: 'local',
};

/** The `Type` of a system disk in `DescribeDisks` (`system` / `data`). */
export const ALIBABA_SYSTEM_DISK_TYPE = 'system';
