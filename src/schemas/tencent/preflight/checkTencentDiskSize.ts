import type { PreflightRule } from '../../../preflight/types.ts';
import type { TencentGeneration } from './tencentError.ts';
import { tencentError } from './tencentError.ts';
import { isPlainObject, own } from '../../../engine/spec/values.ts';

const PATH = ['SystemDisk', 'DiskSize'] as const;

/**
 * Creates the Tencent system-disk size rule: `SystemDisk.DiskSize` may only
 * grow, and only on a cloud system disk (the API page: "For instances with a cloud
 * disk as the system disk ... You can only expand but cannot reduce").
 * Neither case has its own error code: the server answers `InvalidParameterValue`.
 *
 * @param generation The API generation.
 *
 * @returns The preflight rule (needs `facts.instance.systemDisk`).
 */
export function checkTencentDiskSize(generation: TencentGeneration): PreflightRule {
  return (payload, facts) => {
    const disk = facts.instance?.systemDisk;
    const systemDisk = own(payload, 'SystemDisk');
    const size = isPlainObject(systemDisk) ? own(systemDisk, 'DiskSize') : undefined;
    if (!disk || !Number.isInteger(size)) return [];
    const vendor = tencentError(generation, 'InvalidParameterValue', 'InvalidParameterValue');
    if (disk.category === 'local' || disk.type?.startsWith('LOCAL_')) {
      return [{ finding: { rule: 'preflight/disk-size', params: { reason: 'local' } }, path: PATH, vendor }];
    }
    if (disk.sizeGB !== undefined && (size as number) < disk.sizeGB) {
      return [{ finding: { rule: 'preflight/disk-size', params: { reason: 'shrink', min: disk.sizeGB } }, path: PATH, vendor }];
    }
    return [];
  };
}
