/**
 * The parts of Alibaba Cloud ECS (API 2014-05-26) `DescribeInstances`, `DescribeImages` and `DescribeDisks`
 * responses the adapters read, as `@alicloud/ecs20140526` types them: the SDK casts each JSON body into its
 * models, whose fields are the wire names with a lower-case first letter (`dist/models/DescribeInstancesResponseBody.d.ts`:
 * `DescribeInstancesResponseBodyInstancesInstance`; `DescribeImagesResponseBody.d.ts`:
 * `DescribeImagesResponseBodyImagesImage`; `DescribeDisksResponseBody.d.ts`: `DescribeDisksResponseBodyDisksDisk`).
 * Every field is optional, so the SDK's own objects fit without importing the SDK.
 */

/** An Alibaba `Instance` (an element of `DescribeInstancesResponseBody.instances.instance`). */
export interface AlibabaInstance {
  /** The instance id, e.g. `i-bp67acfmxazb4ph****`. */
  readonly instanceId?: string | null;
  /** `Pending`, `Running`, `Starting`, `Stopping` or `Stopped` (the `Status` docstring of `DescribeInstancesRequest`). */
  readonly status?: string | null;
  /** `windows` or `linux`. */
  readonly OSType?: string | null;
  /** The image the instance runs. */
  readonly imageId?: string | null;
  /** The instance type, e.g. `ecs.g6.large`. */
  readonly instanceType?: string | null;
  /** The region id, e.g. `cn-hangzhou`. */
  readonly regionId?: string | null;
  /** How a stopped instance was stopped: `KeepCharging` (standard), `StopCharging` (economical) or `Not-applicable`. */
  readonly stoppedMode?: string | null;
  /** The locks on the instance: each `lockReason` is `financial`, `security`, `Recycling`, `dedicatedhostfinancial` or `refunded`. */
  readonly operationLocks?: {
    /** The locks. */
    readonly lockReason?: readonly ({
      /** Why the instance is locked. */
      readonly lockReason?: string | null;
    } | null)[] | null;
  } | null;
}

/** An Alibaba `Image` (an element of `DescribeImagesResponseBody.images.image`). */
export interface AlibabaImage {
  /** The image id: a public image's file-like name, or `m-...` for the others. */
  readonly imageId?: string | null;
  /** `windows` or `linux`. */
  readonly OSType?: string | null;
  /** The image size in GiB. */
  readonly size?: number | null;
  /** `Creating`, `Waiting`, `Available`, `UnAvailable`, `CreateFailed` or `Deprecated`. */
  readonly status?: string | null;
  /** `system`, `self`, `others` or `marketplace`. */
  readonly imageOwnerAlias?: string | null;
}

/** An Alibaba `Disk` (an element of `DescribeDisksResponseBody.disks.disk`). */
export interface AlibabaDisk {
  /** `system` or `data`. */
  readonly type?: string | null;
  /** The category, e.g. `cloud` (basic disk), `cloud_efficiency`, `cloud_ssd`, `cloud_essd`, `cloud_auto`. */
  readonly category?: string | null;
  /** An ESSD's performance level: `PL0` to `PL3`. */
  readonly performanceLevel?: string | null;
  /** The size in GiB. */
  readonly size?: number | null;
  /** Whether the disk is encrypted. */
  readonly encrypted?: boolean | null;
}
