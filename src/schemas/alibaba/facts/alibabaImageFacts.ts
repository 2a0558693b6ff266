import type { ImageFacts } from '../../../facts/types.ts';
import type { AlibabaImage } from './types.ts';
import { compact } from '../../../facts/compact.ts';
import { osFromNames } from '../../../facts/osFromNames.ts';
import { ALIBABA_OS_TYPE_OS, ALIBABA_OWNER_ALIAS_SOURCE } from './policies.ts';

/**
 * Creates the image facts from an Alibaba Cloud ECS `DescribeImages` `Image`:
 * the OS from `OSType`, the source from `ImageOwnerAlias` (`system` public,
 * `self` custom, `others` shared, `marketplace`), the size in GiB and the
 * status as given.
 *
 * @example
 * ```ts
 * import { alibabaImageFacts } from 'instance-preflight/facts';
 *
 * alibabaImageFacts({ OSType: 'windows', imageOwnerAlias: 'system', size: 40, status: 'Available' });
 * // { os: 'windows', source: 'public', sizeGB: 40, status: 'Available' }
 * ```
 *
 * @param image One element of `images.image`, as `@alicloud/ecs20140526` returns it.
 *
 * @returns The image facts; a field the response lacks is absent.
 */
export function alibabaImageFacts(image: AlibabaImage): ImageFacts {
  const owner = image.imageOwnerAlias;
  const source = typeof owner === 'string' && Object.hasOwn(ALIBABA_OWNER_ALIAS_SOURCE, owner) ? ALIBABA_OWNER_ALIAS_SOURCE[owner as keyof typeof ALIBABA_OWNER_ALIAS_SOURCE] : undefined;
  const size = image.size;
  return compact({
    os: osFromNames(ALIBABA_OS_TYPE_OS, [image.OSType]),
    source,
    sizeGB: typeof size === 'number' && Number.isFinite(size) ? size : undefined,
    status: typeof image.status === 'string' && image.status !== '' ? image.status : undefined,
  });
}
