import type { PreflightFinding, PreflightRule } from '../../../preflight/types.ts';
import type { TencentGeneration } from './tencentError.ts';
import { tencentError } from './tencentError.ts';
import { isPresent, own } from '../../../engine/spec/values.ts';
import { TENCENT_MAINLAND_REGIONS, TENCENT_OS_SWITCH_DISK_TYPES } from '../policies.ts';

const isMainland = (region: string): boolean =>
  TENCENT_MAINLAND_REGIONS.some((mainland) => region === mainland || region.startsWith(`${mainland}-`));

/**
 * Creates the Tencent OS-switch rule: a reset may switch between Linux and
 * Windows only on `CLOUD_BASIC`, `CLOUD_PREMIUM`, `CLOUD_SSD` (API 3.0 also
 * `CLOUD_BSSD`) system disks; the legacy API 2.0 page also forbids it in
 * overseas regions (a warning: the region list is undocumented). API 3.0 answers
 * `InvalidParameterValue.InvalidImageIdForRetsetInstance` (the image cannot
 * reinstall this instance); the legacy table `InvalidInstance.NotSupported`.
 *
 * @param generation The API generation.
 *
 * @returns The preflight rule (needs `facts.instance.os`, `facts.image.os` and the disk type or region).
 */
export function checkTencentOsSwitch(generation: TencentGeneration): PreflightRule {
  const diskTypes: readonly string[] = TENCENT_OS_SWITCH_DISK_TYPES[generation];
  return (payload, facts) => {
    const from = facts.instance?.os;
    const to = facts.image?.os;
    if (from === undefined || to === undefined || from === to) return [];
    const path = isPresent(own(payload, 'ImageId')) ? ['ImageId'] : [];
    const vendor = tencentError(generation, 'InvalidParameterValue.InvalidImageIdForRetsetInstance', 'InvalidInstance.NotSupported');
    const out: PreflightFinding[] = [];
    const disk = facts.instance?.systemDisk;
    const type = disk?.type ?? (disk?.category === 'local' ? 'LOCAL' : undefined);
    if (type !== undefined && !diskTypes.includes(type)) {
      out.push({ finding: { rule: 'preflight/os-switch', params: { reason: 'disk', diskTypes } }, path, vendor });
    }
    const region = facts.instance?.region;
    if (generation === 'api2' && region !== undefined && !isMainland(region)) {
      // No vendor code: which regions count as overseas is a guess, and a warning from a guess predicts no rejection.
      out.push({ finding: { rule: 'preflight/os-switch', severity: 'warning', params: { reason: 'overseas', diskTypes } }, path });
    }
    return out;
  };
}
