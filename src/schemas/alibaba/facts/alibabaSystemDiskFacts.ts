import type { InstanceFacts } from '../../../facts/types.ts';
import type { AlibabaDisk } from './types.ts';
import { compact } from '../../../facts/compact.ts';
import { ALIBABA_DISK_KIND } from './policies.ts';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** `cloud_essd` -> `cloud`, `ephemeral_ssd` -> `local`: the kind the category's first word names, if any. */
function kindOf(category: string | undefined): 'cloud' | 'local' | undefined {
  const word = category?.split('_')[0];
  return word !== undefined && Object.hasOwn(ALIBABA_DISK_KIND, word) ? ALIBABA_DISK_KIND[word] : undefined;
}

/**
 * Creates the system-disk facts from an Alibaba Cloud ECS `DescribeDisks`
 * `Disk` (the instance's disk of `Type` `system`): the category as the disk
 * type (`cloud`, `cloud_essd`, `cloud_auto` ...; cloud or local by its name),
 * an ESSD's performance level, the size in GiB and the encryption.
 *
 * @example
 * ```ts
 * import { alibabaSystemDiskFacts } from 'instance-preflight/facts';
 *
 * alibabaSystemDiskFacts({ type: 'system', category: 'cloud_essd', performanceLevel: 'PL1', size: 40, encrypted: false });
 * // { category: 'cloud', type: 'cloud_essd', performanceLevel: 'PL1', sizeGB: 40, encrypted: false }
 * ```
 *
 * @param disk One element of `disks.disk`, as `@alicloud/ecs20140526` returns it.
 *
 * @returns The facts of `instance.systemDisk`; a field the response lacks is absent.
 */
export function alibabaSystemDiskFacts(disk: AlibabaDisk): NonNullable<InstanceFacts['systemDisk']> {
  const type = text(disk.category);
  const size = disk.size;
  return compact({
    category: kindOf(type),
    type,
    performanceLevel: text(disk.performanceLevel),
    sizeGB: typeof size === 'number' && Number.isFinite(size) ? size : undefined,
    encrypted: typeof disk.encrypted === 'boolean' ? disk.encrypted : undefined,
  });
}
