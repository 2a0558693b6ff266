import type { Os } from '../rules/finding.ts';

/**
 * Facts interface: what a tool already knows from the vendor's describe calls
 * about the instance and the target image. Every fact is optional; a
 * preflight rule whose facts are absent stays silent.
 */
export interface Facts {
  /** The instance being reset. */
  readonly instance?: {
    /** The vendor's own state string: JD `stopped`, Zenlayer `STOPPED`, Tencent `RUNNING` ... */
    readonly state?: string;
    /** The OS the instance runs now. */
    readonly os?: Os;
    /** The current system disk. */
    readonly systemDisk?: {
      /** Local (instance-store) or cloud disk. */
      readonly category?: 'local' | 'cloud';
      /** The vendor's disk type, e.g. Tencent `CLOUD_PREMIUM`. */
      readonly type?: string;
      /** The size in GiB. */
      readonly sizeGB?: number;
      /** Whether the disk is encrypted. */
      readonly encrypted?: boolean;
      /** The vendor's performance level of the disk type, e.g. Alibaba ESSD `PL1`. */
      readonly performanceLevel?: string;
    };
    /** The instance type, e.g. `g.n2.medium`. */
    readonly instanceType?: string;
    /** The region id, e.g. `ap-guangzhou`. */
    readonly region?: string;
    /** Why the instance is locked, as the vendor names each reason (Alibaba `OperationLocks`: `security`, `financial` ...); empty when it is not. */
    readonly locks?: readonly string[];
    /** Whether the instance has an unpaid order; no describe call says so, so only the caller can tell (e.g. from the billing console). */
    readonly unpaidOrder?: boolean;
    /** The vendor's stop mode of a stopped instance, e.g. Alibaba `KeepCharging` (resources kept) or `StopCharging` (economical: released). */
    readonly stopMode?: string;
    /** Whether a system disk is attached: `false` when the vendor's describe call lists the disks and none is the system disk (Huawei `bootIndex` `0`). */
    readonly hasSystemDisk?: boolean;
  };
  /** The target image (or the current one when the payload names none). */
  readonly image?: {
    /** The image's OS family; stands in for `options.os` when that is absent. */
    readonly os?: Os;
    /** The Zenlayer image category, e.g. `Windows`, `Generic`, `Ubuntu`. */
    readonly category?: string;
    /** The JD root device type. */
    readonly rootDeviceType?: 'localDisk' | 'cloudDisk';
    /** The image's system disk size in GiB. */
    readonly sizeGB?: number;
    /** The vendor's own image status string, e.g. Zenlayer `AVAILABLE`. */
    readonly status?: string;
    /** Whether the image is encrypted. */
    readonly encrypted?: boolean;
    /** Where the image comes from. */
    readonly source?: 'public' | 'custom' | 'shared' | 'marketplace' | 'imported';
    /** The instance types the image supports (JD `DescribeImageConstraints`). */
    readonly supportedInstanceTypes?: readonly string[];
    /** Whether a login password can be set on the image. */
    readonly supportsPassword?: boolean;
    /** Whether a key pair can be set on the image. */
    readonly supportsKeyPair?: boolean;
    /** Whether the image supports the guest agent (Zenlayer QGA). */
    readonly supportsAgent?: boolean;
    /** Whether Cloud-Init (Linux) or Cloudbase-Init (Windows) is installed in the image; Huawei's image API does not say, so only the caller can tell. */
    readonly supportsCloudInit?: boolean;
  };
}
