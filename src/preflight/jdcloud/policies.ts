import type { VendorError } from '../../errors/issue.ts';

/** The only instance state JD rebuilds from (VENDOR-RULES.md §1.9: "Please stop the instance first."). */
export const JD_REBUILD_STATE = 'stopped';

/** The image root device type each system disk category needs (§1.9; the seed's `loaclDisk` is a typo). */
export const JD_ROOT_DEVICE_FOR_DISK = { local: 'localDisk', cloud: 'cloudDisk' } as const;

/** 400 `FAILED_PRECONDITION`: stop first, disk category, instance type, encryption (§1.10). */
export const JD_FAILED_PRECONDITION: VendorError = { code: 'FAILED_PRECONDITION', status: 400 };

/** 400 `OUT_OF_RANGE` `NewSysDiskSizeGB out of range. Less than the image system disk capacity.` (§1.10). */
export const JD_OUT_OF_RANGE: VendorError = { code: 'OUT_OF_RANGE', status: 400 };
