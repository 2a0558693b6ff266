/**
 * The parts of JD Cloud VM `describeInstance`, `describeImage` and
 * `describeImageConstraints` results the adapters read. `jdcloud-sdk-js`
 * resolves to `{ requestId, result }` untyped; the shapes are its service's
 * models as the official Go SDK types them (`jdcloud-api/jdcloud-sdk-go`,
 * `services/vm/models/Instance.go`, `Image.go`, `InstanceDiskAttachment.go`,
 * `LocalDisk.go`, `ImageConstraint.go`, `ImageInstanceTypeConstraint.go`,
 * `services/disk/models/Disk.go`).
 */

/** A system or data disk attachment (`InstanceDiskAttachment`). */
export interface JdDiskAttachment {
  /** `local` or `cloud`. */
  readonly diskCategory?: string | null;
  /** The local disk, for `diskCategory=local`: `diskType` and `diskSizeGB`. */
  readonly localDisk?: {
    /** The local disk type, e.g. `ssd`. */
    readonly diskType?: string | null;
    /** The size in GiB. */
    readonly diskSizeGB?: number | null;
  } | null;
  /** The cloud disk, for `diskCategory=cloud`: `diskType`, `diskSizeGB` and `encrypted`. */
  readonly cloudDisk?: {
    /** The cloud disk type, e.g. `ssd.gp1`. */
    readonly diskType?: string | null;
    /** The size in GiB. */
    readonly diskSizeGB?: number | null;
    /** Whether the disk is encrypted. */
    readonly encrypted?: boolean | null;
  } | null;
}

/** A JD `Instance` (`describeInstance` `result.instance`). */
export interface JdInstance {
  /** The instance type, e.g. `g.n2.medium`. */
  readonly instanceType?: string | null;
  /** The state: `pending`, `starting`, `running`, `stopping`, `stopped`, ... */
  readonly status?: string | null;
  /** The image the instance runs. */
  readonly imageId?: string | null;
  /** The system disk. */
  readonly systemDisk?: JdDiskAttachment | null;
  /** The OS type, `linux` or `windows`. */
  readonly osType?: string | null;
  /** The platform, e.g. `CentOS`. */
  readonly platform?: string | null;
}

/** A JD `Image` (`describeImage` `result.image`). */
export interface JdImage {
  /** `Ubuntu`, `CentOS`, `Windows Server`, `Other Linux`, `Other Windows`. */
  readonly platform?: string | null;
  /** `windows` or `linux`. */
  readonly osType?: string | null;
  /** The image's system disk size in GiB. */
  readonly systemDiskSizeGB?: number | null;
  /** `public`, `thirdparty`, `private`, `shared` or `community`. */
  readonly imageSource?: string | null;
  /** Whether the image was imported. */
  readonly imported?: boolean | null;
  /** The status: `pending`, `ready`, `deleting`, `error`, ... */
  readonly status?: string | null;
  /** `localDisk` or `cloudDisk`. */
  readonly rootDeviceType?: string | null;
  /** The image's system disk. */
  readonly systemDisk?: JdDiskAttachment | null;
}

/** A JD `ImageConstraint` (`describeImageConstraints` `result.imageConstraints`). */
export interface JdImageConstraint {
  /** `constraintsType` `includes` (the supported types) or `excludes` (the unsupported ones), and `instanceTypes`. */
  readonly imageInstanceTypeConstraint?: {
    /** `includes` or `excludes`. */
    readonly constraintsType?: string | null;
    /** The instance types listed. */
    readonly instanceTypes?: readonly string[] | null;
  } | null;
}
