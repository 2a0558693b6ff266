import type { InstanceFacts } from '../../../facts/types.ts';
import type { ZenlayerInstance } from './types.ts';
import { compact } from '../../../facts/compact.ts';

/**
 * Creates the instance facts from a Zenlayer ZEC `DescribeInstances`
 * `InstanceInfo`: its `status` as given, the system disk (a cloud disk; its
 * `diskCategory` is the type) and the instance type. `InstanceInfo` has no OS
 * field, so the instance's OS stays unknown.
 *
 * @example
 * ```ts
 * import { zenlayerInstanceFacts } from 'instance-preflight/facts';
 *
 * zenlayerInstanceFacts({ status: 'RUNNING', systemDisk: { diskSize: 20, diskCategory: 'Standard NVMe SSD' } });
 * // { state: 'RUNNING', systemDisk: { category: 'cloud', type: 'Standard NVMe SSD', sizeGB: 20 } }
 * ```
 *
 * @param instance One element of `dataSet`.
 *
 * @returns The instance facts; a field the response lacks is absent.
 */
export function zenlayerInstanceFacts(instance: ZenlayerInstance): InstanceFacts {
  const disk = instance.systemDisk ?? undefined;
  const size = disk?.diskSize;
  const systemDisk = disk
    ? compact({
        category: 'cloud' as const,
        type: typeof disk.diskCategory === 'string' && disk.diskCategory !== '' ? disk.diskCategory : undefined,
        sizeGB: typeof size === 'number' && Number.isFinite(size) ? size : undefined,
      })
    : undefined;
  return compact({
    state: typeof instance.status === 'string' && instance.status !== '' ? instance.status : undefined,
    systemDisk,
    instanceType: typeof instance.instanceType === 'string' && instance.instanceType !== '' ? instance.instanceType : undefined,
  });
}
