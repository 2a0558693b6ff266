import type { Os } from '../../../rules/finding.ts';

/**
 * Tencent `Image.Platform` values with the OS each is, lower-cased. The SDK
 * model (`cvm_models.d.ts`, `Image.Platform`: "TencentOS、 CentOS、 Windows、
 * Ubuntu、 Debian、Fedora等") lists the first six; the rest are the platform
 * names of Tencent's public image list (https://cloud.tencent.com/document/product/213/7147),
 * each a Linux distribution by name. `FreeBSD` and any other string map to no OS.
 */
export const TENCENT_PLATFORM_OS: Readonly<Record<string, Os>> = {
  windows: 'windows',
  tencentos: 'linux',
  centos: 'linux',
  ubuntu: 'linux',
  debian: 'linux',
  fedora: 'linux',
  opencloudos: 'linux',
  'centos stream': 'linux',
  'rocky linux': 'linux',
  almalinux: 'linux',
  opensuse: 'linux',
  'red hat': 'linux',
};

/** Tencent `Image.ImageType` values with the image source they are (`cvm_models.d.ts`). */
export const TENCENT_IMAGE_TYPE_SOURCE = {
  PUBLIC_IMAGE: 'public',
  PRIVATE_IMAGE: 'custom',
  SHARED_IMAGE: 'shared',
} as const;

/** The `Image.ImageSource` of an image imported from outside (`cvm_models.d.ts`: "EXTERNAL_IMPORT 用户外部导入镜像"). */
export const TENCENT_IMPORTED_SOURCE = 'EXTERNAL_IMPORT';
