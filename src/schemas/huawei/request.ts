import type { FormValues } from '../../engine/types.ts';
import type { HUAWEI_BYOL, HUAWEI_ENCRYPTED, HUAWEI_MODE } from './policies.ts';

/** The metadata of a Huawei Cloud ECS reinstall or change OS without Cloud-Init (v1): system disk encryption and licence. */
export interface HuaweiServerOsMetadataWithoutCloudInit {
  /** `"1"` encrypts the system disk, `"0"` does not; set with `__system__cmkid`. */
  __system__encrypted?: (typeof HUAWEI_ENCRYPTED)[number];
  /** The KMS key id that encrypts the system disk: always 36 characters. */
  __system__cmkid?: string;
  /** `"true"` uses the image's own licence (other values are disputed). */
  BYOL?: (typeof HUAWEI_BYOL)[number] | (string & {});
}

/** The metadata of a Huawei Cloud ECS reinstall or change OS with Cloud-Init (v2): v1's, plus the user data. */
export interface HuaweiServerOsMetadata extends HuaweiServerOsMetadataWithoutCloudInit {
  /** User data, Base64, at most 32 KB before encoding; on Linux it starts with a Cloud-Init marker (`#!`, `#cloud-config`). */
  user_data?: string;
}

/** The login settings every body has. */
interface LoginSettings {
  /** Administrator password (`root` / `Administrator`): 8-26 characters, 3 of 4 classes, not the user name; not with `keyname`. */
  adminpass?: string;
  /** Key pair name; not with `adminpass`. */
  keyname?: string;
  /** IAM user id (32 hexadecimal digits), used with `keyname`. */
  userid?: string;
  /** `withStopServer`: stop a running ECS first. */
  mode?: (typeof HUAWEI_MODE)[number];
}

/** The body of a v2 reinstall (`os-reinstall`). */
export interface HuaweiReinstallWithCloudInitBody extends LoginSettings {
  /** User data, system disk encryption and licence. */
  metadata?: HuaweiServerOsMetadata;
}

/** The body of a v2 change OS (`os-change`). */
export interface HuaweiChangeOsWithCloudInitBody extends HuaweiReinstallWithCloudInitBody {
  /** The new image's id, a UUID. */
  imageid: string;
  /** Whether to pay the order from the account automatically (values not documented; `true` / `false`). */
  isAutoPay?: string;
}

/** The body of a v1 reinstall (`os-reinstall`, images without Cloud-Init). */
export interface HuaweiReinstallWithoutCloudInitBody extends LoginSettings {
  /** System disk encryption and licence. */
  metadata?: HuaweiServerOsMetadataWithoutCloudInit;
}

/** The body of a v1 change OS (`os-change`, images without Cloud-Init). */
export interface HuaweiChangeOsWithoutCloudInitBody extends HuaweiReinstallWithoutCloudInitBody {
  /** The new image's id, a UUID. */
  imageid: string;
  /** Whether to pay the order from the account automatically. */
  isAutoPay?: string;
}

/** The path parameters every request carries beside its body. */
interface PathParameters {
  /** Path parameter: the project id (32 hexadecimal digits). */
  project_id: string;
  /** Path parameter: the ECS id (a UUID). */
  server_id: string;
}

/** The request of Huawei Cloud ECS `ReinstallServerWithCloudInit`, path parameters included: what `reinstallServerWithCloudInit()` outputs. */
export interface HuaweiReinstallServerWithCloudInitRequest extends PathParameters {
  /** The reinstall body. */
  'os-reinstall': HuaweiReinstallWithCloudInitBody;
}

/** The request of Huawei Cloud ECS `ChangeServerOsWithCloudInit`, path parameters included: what `changeServerOsWithCloudInit()` outputs. */
export interface HuaweiChangeServerOsWithCloudInitRequest extends PathParameters {
  /** The change-OS body. */
  'os-change': HuaweiChangeOsWithCloudInitBody;
}

/** The request of Huawei Cloud ECS `ReinstallServerWithoutCloudInit`, path parameters included. */
export interface HuaweiReinstallServerWithoutCloudInitRequest extends PathParameters {
  /** The reinstall body. */
  'os-reinstall': HuaweiReinstallWithoutCloudInitBody;
}

/** The request of Huawei Cloud ECS `ChangeServerOsWithoutCloudInit`, path parameters included. */
export interface HuaweiChangeServerOsWithoutCloudInitRequest extends PathParameters {
  /** The change-OS body. */
  'os-change': HuaweiChangeOsWithoutCloudInitBody;
}

/** The form values of `ReinstallServerWithCloudInit`: what `reinstallServerWithCloudInit({ form: true })` takes. */
export type HuaweiReinstallServerWithCloudInitForm = FormValues<HuaweiReinstallServerWithCloudInitRequest>;

/** The form values of `ChangeServerOsWithCloudInit`. */
export type HuaweiChangeServerOsWithCloudInitForm = FormValues<HuaweiChangeServerOsWithCloudInitRequest>;

/** The form values of `ReinstallServerWithoutCloudInit`. */
export type HuaweiReinstallServerWithoutCloudInitForm = FormValues<HuaweiReinstallServerWithoutCloudInitRequest>;

/** The form values of `ChangeServerOsWithoutCloudInit`. */
export type HuaweiChangeServerOsWithoutCloudInitForm = FormValues<HuaweiChangeServerOsWithoutCloudInitRequest>;
