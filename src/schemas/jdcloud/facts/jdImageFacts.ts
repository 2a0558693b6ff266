import type { ImageFacts } from '../../../facts/types.ts';
import type { JdImage } from './types.ts';
import { compact } from '../../../facts/compact.ts';
import { osFromNames } from '../../../facts/osFromNames.ts';
import { diskFacts } from './diskFacts.ts';
import { JD_IMAGE_SOURCE, JD_OS_NAMES } from './policies.ts';

/**
 * Creates the image facts from a JD Cloud VM `describeImage` result's
 * `image`: the OS (`osType`, else `platform`; an unknown platform maps to no
 * OS), the root device type, the system disk size, the status as given, the
 * source (`imported: true` makes it `imported`) and the encryption of its cloud system disk.
 *
 * @example
 * ```ts
 * import { jdImageFacts } from 'instance-preflight/facts';
 *
 * jdImageFacts({ platform: 'Windows Server', rootDeviceType: 'cloudDisk', systemDiskSizeGB: 40 });
 * // { os: 'windows', rootDeviceType: 'cloudDisk', sizeGB: 40 }
 * ```
 *
 * @param image `result.image`, as `jdcloud-sdk-js` resolves it.
 *
 * @returns The image facts; a field the response lacks is absent.
 */
export function jdImageFacts(image: JdImage): ImageFacts {
  const root = image.rootDeviceType === 'localDisk' || image.rootDeviceType === 'cloudDisk' ? image.rootDeviceType : undefined;
  const from = image.imageSource;
  const listed = typeof from === 'string' && Object.hasOwn(JD_IMAGE_SOURCE, from) ? JD_IMAGE_SOURCE[from as keyof typeof JD_IMAGE_SOURCE] : undefined;
  const size = image.systemDiskSizeGB;
  return compact({
    os: osFromNames(JD_OS_NAMES, [image.osType, image.platform]),
    rootDeviceType: root,
    sizeGB: typeof size === 'number' && Number.isFinite(size) ? size : undefined,
    status: typeof image.status === 'string' && image.status !== '' ? image.status : undefined,
    encrypted: diskFacts(image.systemDisk)?.encrypted,
    source: image.imported === true ? 'imported' : listed,
  });
}
