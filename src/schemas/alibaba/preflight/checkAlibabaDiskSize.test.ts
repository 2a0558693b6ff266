import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../preflight/facts.ts';
import { validate } from '../../../validate.ts';
import { checkAlibabaDiskSize } from './checkAlibabaDiskSize.ts';

const API = 'alibaba.ecs.ReplaceSystemDisk';
const sized = (Size: unknown) => ({ InstanceId: 'i-bp67acfmxazb4ph1qxyz', ImageId: 'm-bp67acfmxazb4ph1abcd', SystemDisk: { Size } });
const onDisk = (type: string, performanceLevel?: string): Facts => ({ instance: { systemDisk: { type, ...(performanceLevel ? { performanceLevel } : {}) } } });

/** The size issues `validate()` reports with the facts, as rule, severity, code and params. */
function sizeIssues(size: number, facts: Facts) {
  return validate(API, sized(size), { facts })
    .issues.filter((issue) => issue.path.join('.') === 'SystemDisk.Size')
    .map(({ rule, severity, vendor }) => ({ rule, severity, code: vendor?.code }));
}

describe('checkAlibabaDiskSize', () => {
  it('holds a basic disk (cloud) to 500: above it every reading rejects, which replaces the payload check’s warning', () => {
    expect(validate(API, sized(600)).issues.map((issue) => issue.severity)).toEqual(['warning']);
    expect(sizeIssues(600, onDisk('cloud'))).toEqual([{ rule: 'system-disk/size', severity: 'error', code: 'InvalidSystemDiskSize.MoreThanMaxSize' }]);
    expect(checkAlibabaDiskSize(sized(600), onDisk('cloud'))[0]?.finding.params).toEqual({ min: 20, max: 500 });
    // On an ESSD the current reading accepts 600, the 2021 page does not: the payload check's warning stays.
    expect(sizeIssues(600, onDisk('cloud_essd', 'PL1'))).toEqual([{ rule: 'system-disk/size', severity: 'warning', code: undefined }]);
  });

  it('rejects below 20 on a category whose minimum is 20 or more, and warns below the PL2 / PL3 minimums only', () => {
    expect(sizeIssues(10, onDisk('cloud_essd', 'PL3'))).toEqual([{ rule: 'system-disk/size', severity: 'error', code: 'InvalidSystemDiskSize.LessThanMinSize' }]);
    expect(sizeIssues(10, onDisk('cloud_efficiency'))).toEqual([{ rule: 'system-disk/size', severity: 'error', code: 'InvalidSystemDiskSize.LessThanMinSize' }]);
    expect(sizeIssues(100, onDisk('cloud_essd', 'PL3'))).toEqual([{ rule: 'system-disk/size', severity: 'warning', code: undefined }]);
    expect(checkAlibabaDiskSize(sized(100), onDisk('cloud_essd', 'PL3'))[0]?.finding.params).toEqual({ min: 1261, max: 2048 });
  });

  it('leaves PL0 and AutoPL sizes from 1 to the payload check (accepted now, not by the 2021 page)', () => {
    expect(checkAlibabaDiskSize(sized(5), onDisk('cloud_auto'))).toEqual([]);
    expect(checkAlibabaDiskSize(sized(5), onDisk('cloud_essd', 'PL0'))).toEqual([]);
  });

  it('says nothing of an ESSD of unknown level, a size that is no whole number, or a payload without one', () => {
    expect(checkAlibabaDiskSize(sized(5), onDisk('cloud_essd'))).toEqual([]);
    expect(checkAlibabaDiskSize(sized(1.5), onDisk('cloud'))).toEqual([]);
    expect(checkAlibabaDiskSize(sized('600'), onDisk('cloud'))).toEqual([]);
    expect(checkAlibabaDiskSize({ InstanceId: 'i-1' }, { image: { sizeGB: 40 } })).toEqual([]);
  });

  it('reports the image before a shrink, once: the image size raises every minimum', () => {
    const findings = checkAlibabaDiskSize(sized(30), { image: { sizeGB: 40 }, instance: { systemDisk: { sizeGB: 50 } } });
    expect(findings.map((found) => [found.finding.rule, found.finding.params, found.vendor?.code])).toEqual([
      ['preflight/disk-size', { reason: 'image', min: 40 }, 'InvalidSystemDiskSize.LessThanImageSize'],
    ]);
  });
});
