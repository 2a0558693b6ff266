import type { Facts } from '../../../preflight/facts.ts';
import type { PreflightFinding, PreflightRule } from '../../../preflight/types.ts';
import { isPlainObject, own } from '../../../engine/spec/values.ts';
import { ALIBABA_DISK_SIZE_CODES, ALIBABA_SYSTEM_DISK_SIZE, ALIBABA_SYSTEM_DISK_SIZE_BY_CATEGORY, ALIBABA_SYSTEM_DISK_SIZE_OTHER } from '../policies.ts';
import { alibabaError } from './alibabaError.ts';

const PATH = ['SystemDisk', 'Size'] as const;

/** The current bounds of the facts' system disk category; none for an ESSD of unknown level or no category. */
function boundsOf(disk: NonNullable<NonNullable<Facts['instance']>['systemDisk']> | undefined): { readonly min: number; readonly max: number } | undefined {
  const category = disk?.type;
  if (category === undefined) return undefined;
  const key = disk?.performanceLevel === undefined ? category : `${category}:${disk.performanceLevel}`;
  const known = ALIBABA_SYSTEM_DISK_SIZE_BY_CATEGORY[key] ?? ALIBABA_SYSTEM_DISK_SIZE_BY_CATEGORY[category];
  if (known) return known;
  // An ESSD's bounds depend on its level; other categories share one range.
  return Object.keys(ALIBABA_SYSTEM_DISK_SIZE_BY_CATEGORY).some((name) => name.startsWith(`${category}:`)) ? undefined : ALIBABA_SYSTEM_DISK_SIZE_OTHER;
}

/** `SystemDisk.Size` against the category's current bounds and the 2021 page's one range for all (`safeMin`-`safeMax`). */
function categoryFindings(size: number, bounds: { readonly min: number; readonly max: number }): PreflightFinding[] {
  const { safeMin, safeMax } = ALIBABA_SYSTEM_DISK_SIZE;
  const params = { min: bounds.min, max: bounds.max };
  // Every reading rejects: the 2021 page's range and the current one for this category both exclude the size.
  if (size > bounds.max && size > safeMax) return [{ finding: { rule: 'system-disk/size', params }, path: PATH, vendor: alibabaError(ALIBABA_DISK_SIZE_CODES.moreThanMax) }];
  if (size < bounds.min && size < safeMin) return [{ finding: { rule: 'system-disk/size', params }, path: PATH, vendor: alibabaError(ALIBABA_DISK_SIZE_CODES.lessThanMin) }];
  // Only the current reading rejects (ESSD PL2 and PL3 minimums): a warning, no code.
  if (size < bounds.min) return [{ finding: { rule: 'system-disk/size', severity: 'warning', params }, path: PATH }];
  return [];
}

/**
 * Alibaba system-disk size rule (docs/vendors/alibaba.md#system-disk), over
 * the facts the payload lacks: below the image size (DescribeImages `Size`)
 * every reading rejects, `InvalidSystemDiskSize.LessThanImageSize`; below the
 * current system disk ("cannot be less than the original system disk
 * capacity") is an error without a code (none is tied to it). With the disk
 * category (DescribeDisks `Category`, `PerformanceLevel`) the size is held to
 * that category's bounds as `system-disk/size`, which replaces the payload
 * check's warning at the same path: an error (`LessThanMinSize`,
 * `MoreThanMaxSize`) where the 2021 page's 20-500 and the current per-category
 * range both exclude it, a warning where only the current one does.
 *
 * @param payload The payload.
 * @param facts The facts.
 *
 * @returns The findings; none without `SystemDisk.Size` as a whole number or without the facts.
 */
export const checkAlibabaDiskSize: PreflightRule = (payload, facts) => {
  const systemDisk = own(payload, 'SystemDisk');
  const size = isPlainObject(systemDisk) ? own(systemDisk, 'Size') : undefined;
  if (typeof size !== 'number' || !Number.isInteger(size)) return [];
  const out: PreflightFinding[] = [];
  const image = facts.image?.sizeGB;
  const current = facts.instance?.systemDisk?.sizeGB;
  if (image !== undefined && size < image) {
    out.push({ finding: { rule: 'preflight/disk-size', params: { reason: 'image', min: image } }, path: PATH, vendor: alibabaError(ALIBABA_DISK_SIZE_CODES.lessThanImage) });
  } else if (current !== undefined && size < current) {
    out.push({ finding: { rule: 'preflight/disk-size', params: { reason: 'shrink', min: current } }, path: PATH });
  }
  const bounds = boundsOf(facts.instance?.systemDisk);
  return bounds === undefined ? out : [...out, ...categoryFindings(size, bounds)];
};
