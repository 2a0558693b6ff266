import type { ImageFacts } from '../../../facts/types.ts';
import type { HuaweiImage, HuaweiImageInput } from './types.ts';
import { compact } from '../../../facts/compact.ts';
import { osFromNames } from '../../../facts/osFromNames.ts';
import { HUAWEI_IMAGE_SOURCE, HUAWEI_OS_NAMES } from './policies.ts';

/**
 * Creates the image facts from a Huawei Cloud IMS image (an element of `ListImages`' `images`, or
 * `GlanceShowImage`): the OS (`__os_type`, else `__platform`; `Other` and an unknown platform map to no OS),
 * the status as given, `min_disk` as the size, the source (`__imagetype`) and, when it names a KMS key
 * (`__system__cmkid`), that it is encrypted. Whether Cloud-Init is installed is no image attribute, so
 * `supportsCloudInit` is never set here: only the caller can tell.
 *
 * @example
 * ```ts
 * import { huaweiImageFacts } from 'instance-preflight/facts';
 *
 * huaweiImageFacts({ __os_type: 'Windows', __platform: 'Windows', status: 'active', min_disk: 40, __imagetype: 'gold' });
 * // { os: 'windows', status: 'active', sizeGB: 40, source: 'public' }
 * ```
 *
 * @param image The image, as IMS answers it (or as an SDK `ImageInfo`).
 *
 * @returns The image facts; a field the response lacks is absent.
 */
export function huaweiImageFacts(image: HuaweiImageInput): ImageFacts {
  const wire = image as HuaweiImage;
  const type = wire.__imagetype;
  const size = wire.min_disk;
  return compact({
    os: osFromNames(HUAWEI_OS_NAMES, [wire.__os_type, wire.__platform]),
    status: typeof wire.status === 'string' && wire.status !== '' ? wire.status : undefined,
    sizeGB: typeof size === 'number' && Number.isFinite(size) ? size : undefined,
    encrypted: typeof wire.__system__cmkid === 'string' && wire.__system__cmkid !== '' ? true : undefined,
    source: typeof type === 'string' && Object.hasOwn(HUAWEI_IMAGE_SOURCE, type) ? HUAWEI_IMAGE_SOURCE[type as keyof typeof HUAWEI_IMAGE_SOURCE] : undefined,
  });
}
