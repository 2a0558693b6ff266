import type { ImageFacts } from '../../../facts/types.ts';
import type { TencentImage } from './types.ts';
import { compact } from '../../../facts/compact.ts';
import { osFromNames } from '../../../facts/osFromNames.ts';
import { TENCENT_IMAGE_TYPE_SOURCE, TENCENT_IMPORTED_SOURCE, TENCENT_PLATFORM_OS } from './policies.ts';

/**
 * Creates the image facts from a Tencent CVM `DescribeImages` `Image`: the OS
 * from `Platform` (an unknown platform maps to no OS), the source from
 * `ImageType` (`EXTERNAL_IMPORT` in `ImageSource` makes it `imported`), the
 * size and the state as given.
 *
 * @example
 * ```ts
 * import { tencentImageFacts } from 'instance-preflight/facts';
 *
 * tencentImageFacts({ Platform: 'Windows', ImageType: 'PUBLIC_IMAGE', ImageSize: 50, ImageState: 'NORMAL' });
 * // { os: 'windows', source: 'public', sizeGB: 50, status: 'NORMAL' }
 * ```
 *
 * @param image One element of `ImageSet`, as `tencentcloud-sdk-nodejs-cvm` returns it.
 *
 * @returns The image facts; a field the response lacks is absent.
 */
export function tencentImageFacts(image: TencentImage): ImageFacts {
  const type = image.ImageType;
  const listed = typeof type === 'string' && Object.hasOwn(TENCENT_IMAGE_TYPE_SOURCE, type) ? TENCENT_IMAGE_TYPE_SOURCE[type as keyof typeof TENCENT_IMAGE_TYPE_SOURCE] : undefined;
  const source = image.ImageSource === TENCENT_IMPORTED_SOURCE ? 'imported' : listed;
  const size = image.ImageSize;
  return compact({
    os: osFromNames(TENCENT_PLATFORM_OS, [image.Platform]),
    source,
    sizeGB: typeof size === 'number' && Number.isFinite(size) ? size : undefined,
    status: typeof image.ImageState === 'string' && image.ImageState !== '' ? image.ImageState : undefined,
  });
}
