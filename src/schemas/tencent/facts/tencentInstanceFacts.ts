import type { InstanceFacts } from '../../../facts/types.ts';
import type { TencentInstance } from './types.ts';
import { compact } from '../../../facts/compact.ts';
import { osOfOsName } from './osOfOsName.ts';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const size = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** `ap-guangzhou-3` -> `ap-guangzhou`: Tencent zones are the region id and a number. */
const regionOfZone = (zone: string | undefined): string | undefined => /^(.+)-\d+$/.exec(zone ?? '')?.[1];

/**
 * Creates the instance facts from a Tencent CVM `DescribeInstances`
 * `Instance`: its state as given, the system disk (`LOCAL_*` types are local
 * disks, `CLOUD_*` cloud disks, any other type leaves the category open), the
 * instance type, the region (from `Placement.Zone`) and the OS (from `OsName`).
 *
 * @example
 * ```ts
 * import { tencentInstanceFacts } from 'instance-preflight/facts';
 *
 * tencentInstanceFacts({ InstanceState: 'RUNNING', SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 } });
 * // { state: 'RUNNING', systemDisk: { category: 'cloud', type: 'CLOUD_PREMIUM', sizeGB: 50 } }
 * ```
 *
 * @param instance One element of `InstanceSet`, as `tencentcloud-sdk-nodejs-cvm` returns it.
 *
 * @returns The instance facts; a field the response lacks is absent.
 */
export function tencentInstanceFacts(instance: TencentInstance): InstanceFacts {
  const disk = instance.SystemDisk ?? undefined;
  const type = text(disk?.DiskType);
  const category = type?.startsWith('LOCAL_') ? ('local' as const) : type?.startsWith('CLOUD_') ? ('cloud' as const) : undefined;
  const systemDisk = compact({ category, type, sizeGB: size(disk?.DiskSize) });
  return compact({
    state: text(instance.InstanceState),
    os: osOfOsName(instance.OsName),
    systemDisk: Object.keys(systemDisk).length > 0 ? systemDisk : undefined,
    instanceType: text(instance.InstanceType),
    region: regionOfZone(text(instance.Placement?.Zone)),
  });
}
