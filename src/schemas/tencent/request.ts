import type { FormValues } from '../../engine/types.ts';
import type { TENCENT_DISK_TYPES, TENCENT_KEEP_IMAGE_LOGIN } from './policies.ts';

/** The `Enabled` switch of one enhanced service. */
export interface TencentServiceSwitch {
  /** Whether the agent is installed and enabled. */
  Enabled?: boolean;
}

/** `SystemDisk` of Tencent CVM `ResetInstance` (the SDK's shared `SystemDisk` structure). */
export interface TencentSystemDisk {
  /** System disk size in GiB; expand only. */
  DiskSize?: number;
  /** System disk type; a reset cannot change it. */
  DiskType?: (typeof TENCENT_DISK_TYPES)[number];
  /** System disk id (a response field of the shared structure). */
  DiskId?: string;
  /** Dedicated cluster id. */
  CdcId?: string;
  /** Disk name. */
  DiskName?: string;
  /** Encryption (RunInstances only; a reset cannot change it). */
  Encrypt?: boolean;
  /** KMS key id (RunInstances only). */
  KmsKeyId?: string;
}

/** `LoginSettings` of Tencent CVM `ResetInstance`: at most one of `Password`, `KeyIds` and `KeepImageLogin`. */
export interface TencentLoginSettings {
  /** Login password: Linux 8-30 characters with 2 of 4 classes, Windows 12-30 with 3 of 4. */
  Password?: string;
  /** Key pair ids (`skey-xxxxxxxx`); key login is not available on Windows. */
  KeyIds?: string[];
  /** Keep the image's login settings (custom, shared or imported images only). */
  KeepImageLogin?: (typeof TENCENT_KEEP_IMAGE_LOGIN)[number];
}

/** `EnhancedService` of the legacy API 2.0 `ResetInstance`. */
export interface TencentEnhancedServiceApi2 {
  /** Cloud Security agent. */
  SecurityService?: TencentServiceSwitch;
  /** Cloud Monitor agent. */
  MonitorService?: TencentServiceSwitch;
}

/** `EnhancedService` of API 3.0 `ResetInstance`. */
export interface TencentEnhancedService extends TencentEnhancedServiceApi2 {
  /** TencentCloud Automation Tools (TAT) agent. */
  AutomationService?: TencentServiceSwitch;
}

/**
 * The request of Tencent CVM `ResetInstance` through the legacy API 2.0: what
 * `resetInstanceApi2()` outputs (and takes without `form: true`).
 */
export interface TencentResetInstanceApi2Request {
  /** Common parameter: `ResetInstance`. */
  Action?: 'ResetInstance';
  /** Common parameter: `2017-03-12`. */
  Version?: '2017-03-12';
  /** Common parameter: the region, e.g. `ap-guangzhou`. */
  Region?: string;
  /** Instance id (`ins-xxxxxxxx`), from DescribeInstances. */
  InstanceId: string;
  /** Image id (`img-xxxxxxxx`): public, custom, shared or marketplace image. */
  ImageId?: string;
  /** System disk; a reset may only grow `DiskSize` of a cloud system disk. */
  SystemDisk?: TencentSystemDisk;
  /** Login settings. */
  LoginSettings?: TencentLoginSettings;
  /** Enhanced services (Cloud Security, Cloud Monitor). */
  EnhancedService?: TencentEnhancedServiceApi2;
}

/**
 * The request of Tencent CVM `ResetInstance`, API 3.0 (`2017-03-12`): what
 * `resetInstance()` outputs (and takes without `form: true`). The SDK's
 * `ResetInstanceRequest` plus the common parameters `Action`, `Version` and `Region`.
 */
export interface TencentResetInstanceRequest extends Omit<TencentResetInstanceApi2Request, 'EnhancedService'> {
  /** Enhanced services (Cloud Security, Cloud Monitor, TAT). */
  EnhancedService?: TencentEnhancedService;
  /** Host name: Windows 2-15 characters, no dots, not all digits; other OS 2-60, dotted labels. */
  HostName?: string;
  /** Base64-encoded user data, at most 16384 characters after encoding. */
  UserData?: string;
}

/** The form values of Tencent API 3.0 `ResetInstance`: what `resetInstance({ form: true })` takes. */
export type TencentResetInstanceForm = FormValues<TencentResetInstanceRequest>;

/** The form values of Tencent API 2.0 `ResetInstance`: what `resetInstanceApi2({ form: true })` takes. */
export type TencentResetInstanceApi2Form = FormValues<TencentResetInstanceApi2Request>;
