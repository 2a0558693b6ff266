import type { ImageFacts } from '../../../facts/types.ts';
import type { ZenlayerImage } from './types.ts';
import { compact } from '../../../facts/compact.ts';
import { osFromNames } from '../../../facts/osFromNames.ts';
import { ZENLAYER_IMAGE_TYPE_SOURCE, ZENLAYER_OS_TYPES } from './policies.ts';

/**
 * Creates the image facts from a Zenlayer ZEC `DescribeImages` `Image`: the
 * OS from `osType` (`bsd`, `android`, `any` and unknown values map to no OS),
 * the category and status as given, the size (a decimal string of GiB) and the
 * source from `imageType`.
 *
 * @example
 * ```ts
 * import { zenlayerImageFacts } from 'instance-preflight/facts';
 *
 * zenlayerImageFacts({ osType: 'linux', category: 'Ubuntu', imageSize: '30', imageStatus: 'AVAILABLE' });
 * // { os: 'linux', category: 'Ubuntu', sizeGB: 30, status: 'AVAILABLE' }
 * ```
 *
 * @param image One element of `dataSet`.
 *
 * @returns The image facts; a field the response lacks is absent.
 */
export function zenlayerImageFacts(image: ZenlayerImage): ImageFacts {
  const type = image.imageType;
  const size = typeof image.imageSize === 'string' && /^\d{1,6}$/.test(image.imageSize) ? Number(image.imageSize) : undefined;
  return compact({
    os: osFromNames(ZENLAYER_OS_TYPES, [image.osType]),
    category: typeof image.category === 'string' && image.category !== '' ? image.category : undefined,
    sizeGB: size,
    status: typeof image.imageStatus === 'string' && image.imageStatus !== '' ? image.imageStatus : undefined,
    source: typeof type === 'string' && Object.hasOwn(ZENLAYER_IMAGE_TYPE_SOURCE, type) ? ZENLAYER_IMAGE_TYPE_SOURCE[type as keyof typeof ZENLAYER_IMAGE_TYPE_SOURCE] : undefined,
  });
}
