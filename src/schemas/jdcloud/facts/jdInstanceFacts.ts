import type { InstanceFacts } from '../../../facts/types.ts';
import type { JdInstance } from './types.ts';
import { compact } from '../../../facts/compact.ts';
import { osFromNames } from '../../../facts/osFromNames.ts';
import { diskFacts } from './diskFacts.ts';
import { JD_OS_NAMES } from './policies.ts';

/**
 * Creates the instance facts from a JD Cloud VM `describeInstance` result's
 * `instance`: its `status` as given, the system disk (category, type, size,
 * encryption), the instance type, the OS (`osType`, else `platform`) and the region.
 *
 * @example
 * ```ts
 * import { jdInstanceFacts } from 'instance-preflight/facts';
 *
 * jdInstanceFacts({ status: 'running', osType: 'linux' }, 'cn-north-1');
 * // { state: 'running', os: 'linux', region: 'cn-north-1' }
 * ```
 *
 * @param instance `result.instance`, as `jdcloud-sdk-js` resolves it.
 * @param regionId The region the describe call was made in (the instance carries only its zone).
 *
 * @returns The instance facts; a field the response lacks is absent.
 */
export function jdInstanceFacts(instance: JdInstance, regionId?: string): InstanceFacts {
  return compact({
    state: typeof instance.status === 'string' && instance.status !== '' ? instance.status : undefined,
    os: osFromNames(JD_OS_NAMES, [instance.osType, instance.platform]),
    systemDisk: diskFacts(instance.systemDisk),
    instanceType: typeof instance.instanceType === 'string' && instance.instanceType !== '' ? instance.instanceType : undefined,
    region: regionId,
  });
}
