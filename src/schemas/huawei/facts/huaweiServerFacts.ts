import type { InstanceFacts } from '../../../facts/types.ts';
import type { HuaweiServer, HuaweiServerInput, HuaweiVolumeAttachment } from './types.ts';
import { compact } from '../../../facts/compact.ts';
import { osFromNames } from '../../../facts/osFromNames.ts';
import { HUAWEI_OS_NAMES, HUAWEI_SYSTEM_DISK_BOOT_INDEX } from './policies.ts';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Whether the attachments hold the system disk: one with `bootIndex` `"0"` says yes; a list that is empty, or
 * whose every disk has another `bootIndex`, says no; a disk without a `bootIndex` leaves it open.
 */
function systemDiskIn(volumes: unknown): boolean | undefined {
  if (!Array.isArray(volumes)) return undefined;
  const flags = volumes.map((volume: HuaweiVolumeAttachment | null | undefined) => volume?.bootIndex);
  if (flags.includes(HUAWEI_SYSTEM_DISK_BOOT_INDEX)) return true;
  return flags.every((flag) => typeof flag === 'string') ? false : undefined;
}

/**
 * Creates the instance facts from a Huawei Cloud ECS `ShowServer` result's `server`: its `status` as given,
 * the OS (`metadata.os_type`), the flavor as the instance type, and whether a system disk is attached (a disk
 * of `os-extended-volumes:volumes_attached` with `bootIndex` `"0"`).
 *
 * @example
 * ```ts
 * import { huaweiServerFacts } from 'instance-preflight/facts';
 *
 * huaweiServerFacts({ status: 'SHUTOFF', metadata: { os_type: 'Linux' }, 'os-extended-volumes:volumes_attached': [] });
 * // { state: 'SHUTOFF', os: 'linux', hasSystemDisk: false }
 * ```
 *
 * @param server `server` of the response, as `@huaweicloud/huaweicloud-sdk-ecs` resolves `showServer` (or the JSON body).
 *
 * @returns The instance facts; a field the response lacks is absent.
 */
export function huaweiServerFacts(server: HuaweiServerInput): InstanceFacts {
  const wire = server as HuaweiServer;
  return compact({
    state: text(wire.status),
    os: osFromNames(HUAWEI_OS_NAMES, [wire.metadata?.['os_type']]),
    instanceType: text(wire.flavor?.id),
    hasSystemDisk: systemDiskIn(wire['os-extended-volumes:volumes_attached']),
  });
}
