/**
 * The parts of Zenlayer ZEC `DescribeInstances` / `DescribeImages` responses
 * the adapters read, as the official Go SDK types them
 * (`zenlayer/zenlayercloud-sdk-go`, `zenlayercloud/zec20250901/models.go`:
 * `InstanceInfo`, `SystemDisk`, `Image`). Zenlayer publishes no JavaScript SDK.
 */

/** A ZEC `InstanceInfo` (an element of `DescribeInstances` `dataSet`). */
export interface ZenlayerInstance {
  /** The instance type. */
  readonly instanceType?: string | null;
  /** The state, e.g. `RUNNING`, `STOPPED`. */
  readonly status?: string | null;
  /** The system disk: `diskSize` in GiB and `diskCategory` (`Basic NVMe SSD`, `Standard NVMe SSD`), a cloud disk kind. */
  readonly systemDisk?: {
    /** The size in GiB. */
    readonly diskSize?: number | null;
    /** The cloud disk kind. */
    readonly diskCategory?: string | null;
  } | null;
}

/** A ZEC `Image` (an element of `DescribeImages` `dataSet`). */
export interface ZenlayerImage {
  /** `PUBLIC_IMAGE` or `CUSTOM_IMAGE`. */
  readonly imageType?: string | null;
  /** The size in GiB, as a string, e.g. `"30"`. */
  readonly imageSize?: string | null;
  /** `CREATING`, `AVAILABLE` or `UNAVAILABLE`. */
  readonly imageStatus?: string | null;
  /** The category, e.g. `CentOS`, `Windows`, `Generic`, `OTHERS`. */
  readonly category?: string | null;
  /** `windows`, `linux`, `bsd`, `android` or `any`. */
  readonly osType?: string | null;
}
