import type { InstanceFacts } from '../../../facts/types.ts';
import type { AlibabaInstance } from './types.ts';
import { compact } from '../../../facts/compact.ts';
import { osFromNames } from '../../../facts/osFromNames.ts';
import { ALIBABA_OS_TYPE_OS } from './policies.ts';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Creates the instance facts from an Alibaba Cloud ECS `DescribeInstances`
 * `Instance`: its `Status` as given, the OS from `OSType`, the instance type,
 * the region, the reasons of its `OperationLocks` (an instance without
 * locks gives `locks: []`, so "not locked" is a fact too) and its `StoppedMode`. The system disk is
 * not in this response: {@link alibabaSystemDiskFacts} reads it from `DescribeDisks`.
 *
 * @example
 * ```ts
 * import { alibabaInstanceFacts } from 'instance-preflight/facts';
 *
 * alibabaInstanceFacts({ status: 'Stopped', OSType: 'linux', operationLocks: { lockReason: [{ lockReason: 'security' }] } });
 * // { state: 'Stopped', os: 'linux', locks: ['security'] }
 * ```
 *
 * @param instance One element of `instances.instance`, as `@alicloud/ecs20140526` returns it.
 *
 * @returns The instance facts; a field the response lacks is absent.
 */
export function alibabaInstanceFacts(instance: AlibabaInstance): InstanceFacts {
  const listed = instance.operationLocks?.lockReason;
  const locks = Array.isArray(listed) ? listed.flatMap((lock) => text(lock?.lockReason) ?? []) : undefined;
  return compact({
    state: text(instance.status),
    os: osFromNames(ALIBABA_OS_TYPE_OS, [instance.OSType]),
    instanceType: text(instance.instanceType),
    region: text(instance.regionId),
    locks: locks ?? (instance.operationLocks ? [] : undefined),
    stopMode: text(instance.stoppedMode),
  });
}
