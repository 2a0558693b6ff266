import type { Os } from '../../../rules/finding.ts';

/**
 * JD `osType` and `platform` values with the OS each is, lower-cased:
 * `Image.OsType` "`windows、linux`" and `Image.Platform` "`Ubuntu、CentOS、Windows
 * Server、Other Linux、Other Windows`" (`jdcloud-sdk-go` `services/vm/models/Image.go`).
 * Any other platform maps to no OS.
 */
export const JD_OS_NAMES: Readonly<Record<string, Os>> = {
  windows: 'windows',
  linux: 'linux',
  ubuntu: 'linux',
  centos: 'linux',
  'windows server': 'windows',
  'other linux': 'linux',
  'other windows': 'windows',
};

/** JD `Image.ImageSource` values with the image source they are (`Image.go`); `community` has no counterpart. */
export const JD_IMAGE_SOURCE = {
  public: 'public',
  thirdparty: 'marketplace',
  private: 'custom',
  shared: 'shared',
} as const;
