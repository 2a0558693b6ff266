import type { VendorError } from '../../errors/issue.ts';

/** The only instance state JD rebuilds from (docs/vendors/jdcloud.md#preconditions: "Please stop the instance first."). */
export const JD_REBUILD_STATE = 'stopped';

/** The image root device type each system disk category needs (docs/vendors/jdcloud.md#preconditions; the API page's `loaclDisk` is a typo). */
export const JD_ROOT_DEVICE_FOR_DISK = { local: 'localDisk', cloud: 'cloudDisk' } as const;

/** 400 `FAILED_PRECONDITION`: stop first, disk category, instance type, encryption (docs/vendors/jdcloud.md#error-codes). */
export const JD_FAILED_PRECONDITION: VendorError = { code: 'FAILED_PRECONDITION', status: 400 };

/** 400 `OUT_OF_RANGE` `NewSysDiskSizeGB out of range. Less than the image system disk capacity.` (docs/vendors/jdcloud.md#error-codes). */
export const JD_OUT_OF_RANGE: VendorError = { code: 'OUT_OF_RANGE', status: 400 };
