import type { Os } from '../../../rules/finding.ts';

/**
 * Huawei OS strings with the OS each is, lower-cased: the server's `metadata.os_type` (`Linux`, `Windows`;
 * Go SDK `model_server_detail.go`) and the image's `__os_type` (`Linux`, `Windows`, `Other`) and `__platform`
 * (IMS "Image Attributes", Node SDK `ImageInfo.ts` `ImageInfoPlatformEnum`). `Other` and any platform the
 * table lacks map to no OS.
 */
export const HUAWEI_OS_NAMES: Readonly<Record<string, Os>> = {
  linux: 'linux',
  windows: 'windows',
  ubuntu: 'linux',
  redhat: 'linux',
  suse: 'linux',
  centos: 'linux',
  debian: 'linux',
  opensuse: 'linux',
  'oracle linux': 'linux',
  fedora: 'linux',
  coreos: 'linux',
  euleros: 'linux',
};

/** IMS `__imagetype` values with the image source they are (Node SDK `ImageInfo.ts` `ImageInfoImagetypeEnum`: `gold` is a public image). */
export const HUAWEI_IMAGE_SOURCE = {
  gold: 'public',
  private: 'custom',
  shared: 'shared',
} as const;

/** The `bootIndex` of the system (boot) disk in `os-extended-volumes:volumes_attached` (Go SDK `model_server_extend_volume_attachment.go`). */
export const HUAWEI_SYSTEM_DISK_BOOT_INDEX = '0';
