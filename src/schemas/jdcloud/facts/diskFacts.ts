import type { InstanceFacts } from '../../../facts/types.ts';
import type { JdDiskAttachment } from './types.ts';
import { compact } from '../../../facts/compact.ts';

type DiskFacts = NonNullable<InstanceFacts['systemDisk']>;

/**
 * Reads a JD disk attachment: `diskCategory` `local` reads `localDisk`,
 * `cloud` reads `cloudDisk` (with its `encrypted`); another category reads neither.
 *
 * @param disk The attachment.
 *
 * @returns The disk facts, or `undefined` when the attachment says nothing.
 */
export function diskFacts(disk: JdDiskAttachment | null | undefined): DiskFacts | undefined {
  const given = disk?.diskCategory;
  const category = given === 'local' ? ('local' as const) : given === 'cloud' ? ('cloud' as const) : undefined;
  const detail = category === 'local' ? disk?.localDisk : category === 'cloud' ? disk?.cloudDisk : undefined;
  const size = detail?.diskSizeGB;
  const encrypted = category === 'cloud' ? disk?.cloudDisk?.encrypted : undefined;
  const out = compact({
    category,
    type: typeof detail?.diskType === 'string' && detail.diskType !== '' ? detail.diskType : undefined,
    sizeGB: typeof size === 'number' && Number.isFinite(size) ? size : undefined,
    encrypted: typeof encrypted === 'boolean' ? encrypted : undefined,
  });
  return Object.keys(out).length > 0 ? out : undefined;
}
