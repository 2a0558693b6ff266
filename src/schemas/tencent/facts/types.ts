/**
 * The parts of Tencent Cloud CVM API 3.0 `DescribeInstances` / `DescribeImages`
 * responses the adapters read, as `tencentcloud-sdk-nodejs-cvm` types them
 * (`tencentcloud/services/cvm/v20170312/cvm_models.d.ts`: `Instance`,
 * `SystemDisk`, `Placement`, `Image`). Every field is optional, so the SDK's own
 * objects fit without importing the SDK.
 */

/** A Tencent `Instance` (an element of `DescribeInstancesResponse.InstanceSet`). */
export interface TencentInstance {
  /** The zone, e.g. `ap-guangzhou-3`; the region is the zone without its number. */
  readonly Placement?: {
    /** The zone id. */
    readonly Zone?: string;
  } | null;
  /** The instance type, e.g. `S5.MEDIUM4`. */
  readonly InstanceType?: string | null;
  /** The system disk: `DiskType` (`LOCAL_BASIC`, `CLOUD_PREMIUM`, ...) and `DiskSize` in GiB. */
  readonly SystemDisk?: {
    /** The disk type. */
    readonly DiskType?: string | null;
    /** The size in GiB. */
    readonly DiskSize?: number | null;
  } | null;
  /** The image the instance runs. */
  readonly ImageId?: string | null;
  /** The OS name, e.g. `CentOS 7.6 64位`; its first word is a `Platform` name. */
  readonly OsName?: string | null;
  /** The state, e.g. `RUNNING`, `STOPPED`, `STOPPING`. */
  readonly InstanceState?: string | null;
}

/** A Tencent `Image` (an element of `DescribeImagesResponse.ImageSet`). */
export interface TencentImage {
  /** `PUBLIC_IMAGE`, `PRIVATE_IMAGE` or `SHARED_IMAGE`. */
  readonly ImageType?: string | null;
  /** The image size in GiB. */
  readonly ImageSize?: number | null;
  /** `CREATING`, `NORMAL`, `CREATEFAILED`, `SYNCING`, `IMPORTING`, `IMPORTFAILED`. */
  readonly ImageState?: string | null;
  /** The platform, e.g. `TencentOS`, `CentOS`, `Windows`, `Ubuntu`, `Debian`, `Fedora`. */
  readonly Platform?: string | null;
  /** `OFFICIAL`, `CREATE_IMAGE` or `EXTERNAL_IMPORT`. */
  readonly ImageSource?: string | null;
}
