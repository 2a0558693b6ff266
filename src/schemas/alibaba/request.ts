import type { FormValues } from '../../engine/types.ts';
import type { ALIBABA_SECURITY_ENHANCEMENT_STRATEGIES } from './policies.ts';

/** `SystemDisk` of Alibaba Cloud ECS `ReplaceSystemDisk`. */
export interface AlibabaReplaceSystemDiskSystemDisk {
  /** The new system disk size in GiB: 1-2048 by disk category (basic disk 20-500), at least the image size. */
  Size?: number;
}

/** One `Arn` element of Alibaba Cloud ECS `ReplaceSystemDisk` ("not available for use"). */
export interface AlibabaReplaceSystemDiskArn {
  /** Role type. */
  RoleType?: string;
  /** Role ARN. */
  Rolearn?: string;
  /** The account the role is assumed for. */
  AssumeRoleFor?: number;
}

/**
 * The request of Alibaba Cloud ECS `ReplaceSystemDisk` (`2014-05-26`) by wire name: what
 * `replaceSystemDisk()` outputs (and takes without `form: true`). The SDK's `ReplaceSystemDiskRequest`
 * (`@alicloud/ecs20140526`, camel-case fields mapped to these names) plus the signature v1 common
 * parameters `Action` and `Version`. As a form request it flattens to `SystemDisk.Size`, `Arn.1.RoleType`.
 */
export interface AlibabaReplaceSystemDiskRequest {
  /** Common parameter (signature v1): `ReplaceSystemDisk`. */
  Action?: 'ReplaceSystemDisk';
  /** Common parameter (signature v1): `2014-05-26`. */
  Version?: '2014-05-26';
  /** The instance id (`i-...`), from DescribeInstances. */
  InstanceId: string;
  /** The image to install; required unless the deprecated `DiskId` is given. */
  ImageId?: string;
  /** Deprecated: use `ImageId`; never together with it. */
  DiskId?: string;
  /** The new system disk. */
  SystemDisk?: AlibabaReplaceSystemDiskSystemDisk;
  /** The new password: 8-30 characters, 3 of 4 classes; on Windows not starting with `/`. */
  Password?: string;
  /** Use the image's preset password; `Password` must then be empty. */
  PasswordInherit?: boolean;
  /** The key pair to bind (Linux only). */
  KeyPairName?: string;
  /** Idempotence token: ASCII, at most 64 characters. */
  ClientToken?: string;
  /** Security Center hardening: `Active` (public images only) or `Deactive`. */
  SecurityEnhancementStrategy?: (typeof ALIBABA_SECURITY_ENHANCEMENT_STRATEGIES)[number];
  /** Configure Alibaba Cloud NTP and KMS (Windows) or NTP and YUM (Linux). */
  UseAdditionalService?: boolean;
  /** Encrypt the new system disk. */
  Encrypted?: boolean;
  /** The KMS key that encrypts the new system disk. */
  KMSKeyId?: string;
  /** Not available for use. */
  EncryptAlgorithm?: string;
  /** Not available for use. */
  Arn?: AlibabaReplaceSystemDiskArn[];
  /** Deprecated: the OS of a `DiskId` install. */
  Platform?: string;
  /** Deprecated: the architecture of a `DiskId` install. */
  Architecture?: string;
  /** Account parameter of the SDK model, undocumented. */
  OwnerId?: number;
  /** Account parameter of the SDK model, undocumented. */
  ResourceOwnerId?: number;
  /** Account parameter of the SDK model, undocumented. */
  OwnerAccount?: string;
  /** Account parameter of the SDK model, undocumented. */
  ResourceOwnerAccount?: string;
}

/** The form values of Alibaba Cloud ECS `ReplaceSystemDisk`: what `replaceSystemDisk({ form: true })` takes. */
export type AlibabaReplaceSystemDiskForm = FormValues<AlibabaReplaceSystemDiskRequest>;
