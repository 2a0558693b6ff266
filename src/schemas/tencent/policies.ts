import type { HostnameProfile } from '../../rules/hostname/index.ts';
import type { IdentifierPolicy } from '../../rules/identifier/index.ts';
import type { PasswordPolicy } from '../../rules/password/index.ts';
import type { Base64Policy } from '../../rules/base64/index.ts';
import type { Os } from '../../rules/finding.ts';

/**
 * The special characters `LoginSettings.Password` accepts (27, since 2020-03):
 * ASCII punctuation except `_ < > " \`. docs/vendors/tencent.md#password.
 */
export const TENCENT_PASSWORD_SPECIALS = "()`~!@#$%^&*-+=|{}[]:;',.?/";

/** Tencent `LoginSettings.Password` policy per OS: Linux 8-30 with 2 of 4 classes, Windows 12-30 with 3 of 4 (docs/vendors/tencent.md#password). */
export const TENCENT_PASSWORD: Readonly<Record<Os, PasswordPolicy>> = {
  linux: {
    minLength: 8,
    maxLength: 30,
    specials: TENCENT_PASSWORD_SPECIALS,
    classes: ['lower', 'upper', 'digit', 'special'],
    minClasses: 2,
  },
  windows: {
    minLength: 12,
    maxLength: 30,
    specials: TENCENT_PASSWORD_SPECIALS,
    classes: ['lower', 'upper', 'digit', 'special'],
    minClasses: 3,
  },
};

/** Tencent `HostName` profile per OS: Windows 2-15 without dots, not all digits; other OS 2-60, dotted (docs/vendors/tencent.md#hostname). */
export const TENCENT_HOSTNAME: Readonly<Record<Os, HostnameProfile>> = {
  windows: { minLength: 2, maxLength: 15, allowDots: false, allowAllDigits: false },
  linux: { minLength: 2, maxLength: 60, allowDots: true, allowAllDigits: true, maxLabelLength: 63 },
};

/** Instance ids: `ins-` + 8 lowercase letters or digits; the vendor's own error text cites `ins-1122` as malformed (docs/vendors/tencent.md#identifiers). */
export const TENCENT_INSTANCE_ID: IdentifierPolicy = { prefix: 'ins-', alphabet: 'lower-alnum', length: 8 };

/** Image ids: the doc says only `img-xxx`; the 8-character shape comes from examples, so only the prefix is an error (docs/vendors/tencent.md#identifiers). */
export const TENCENT_IMAGE_ID: IdentifierPolicy = {
  prefix: 'img-',
  alphabet: 'lower-alnum',
  length: 8,
  shapeSeverity: 'warning',
};

/** Key pair ids: `skey-` + 8 lowercase letters or digits; `skey-1122` is the vendor's malformed example (docs/vendors/tencent.md#identifiers). */
export const TENCENT_KEY_ID: IdentifierPolicy = { prefix: 'skey-', alphabet: 'lower-alnum', length: 8 };

/**
 * `UserData`: Base64, at most 16384 characters after encoding. Two Tencent
 * sources say the 16 KB applies after encoding; enforcing it on the encoded
 * form never passes what such a server rejects (docs/vendors/tencent.md#user-data, docs/design-decisions.md#16-kb).
 */
export const TENCENT_USERDATA: Base64Policy = { maxEncodedLength: 16384 };

/** `KeepImageLogin` spellings: docs until 2024-09 say `TRUE`/`FALSE`, since 2024-10 `true`/`false` (docs/vendors/tencent.md#credentials). */
export const TENCENT_KEEP_IMAGE_LOGIN = ['TRUE', 'FALSE', 'true', 'false'] as const;

/** The `KeepImageLogin` spellings that keep the image's login settings: a login method; `FALSE`/`false` are none (docs/vendors/tencent.md#credentials). */
export const TENCENT_KEEP_IMAGE_LOGIN_ON: readonly string[] = ['TRUE', 'true'];

/** `SystemDisk.DiskType` values of the shared `SystemDisk` structure (docs/vendors/tencent.md#system-disk). */
export const TENCENT_DISK_TYPES = [
  'LOCAL_BASIC',
  'LOCAL_SSD',
  'CLOUD_BASIC',
  'CLOUD_SSD',
  'CLOUD_PREMIUM',
  'CLOUD_BSSD',
  'CLOUD_HSSD',
  'CLOUD_TSSD',
] as const;

/**
 * Fields of the shared `SystemDisk` structure that `ResetInstance` does not
 * take, per the current docstrings (tencentcloud-sdk-nodejs-cvm
 * `cvm_models.d.ts`, interface `SystemDisk`): `DiskId` is a response field
 * ("不可用于 RunInstances 等写接口的入参"), `Encrypt` and `KmsKeyId` are for
 * RunInstances only ("该参数目前仅用于 RunInstances 接口"). No source says
 * whether a reset rejects or ignores them (Terraform sends `KmsKeyId` on
 * reset), so they are warnings.
 */
export const TENCENT_SYSTEM_DISK_UNUSED: Readonly<Record<string, 'response-only' | 'run-instances-only'>> = {
  DiskId: 'response-only',
  Encrypt: 'run-instances-only',
  KmsKeyId: 'run-instances-only',
};

/** `SystemDisk.DiskName`: at most 128 characters ("长度不超过128 个字符", `cvm_models.d.ts`); a warning, as a reset may not use it. */
export const TENCENT_DISK_NAME = {
  /** The most characters a `DiskName` may have. */
  maxLength: 128,
} as const;

/**
 * `LoginSettings.KeyIds` count. The current `LoginSettings` docstring
 * (tencentcloud-sdk-nodejs-cvm `cvm_models.d.ts`) states no count; the
 * sibling key APIs (AssociateInstancesKeyPairs, DisassociateInstancesKeyPairs)
 * cap `KeyIds` at 100 and ResetInstance lists
 * `InvalidParameterValue.LimitExceeded`, so over 100 is an error. The "only
 * one key" sentence of the docs until 2022 is gone, so 2-100 keys pass.
 */
export const TENCENT_KEY_IDS = {
  /** The most key ids accepted before the error. */
  max: 100,
} as const;

/**
 * Tencent Cloud common parameters that authenticate a form request (signature
 * v1 and the legacy API 2.0) rather than carry its data: a signed request URL
 * holds them, and the server accepts them on every action. `Action`,
 * `Version` and `Region` are not here: the payload spec checks them.
 * Source: Tencent Cloud API "Common Params" (signature v1) and the legacy
 * common parameters page linked from the legacy page (213/11650; docs/vendors/tencent.md#legacy-api-20). `RequestClient`
 * is on no common-parameter page, but the official Node.js SDK signs it into
 * every HmacSHA1 / HmacSHA256 form request (tencentcloud-sdk-nodejs-common
 * `abstract_client.js` `formatRequestData`; TC3 sends it as the
 * `X-TC-RequestClient` header), so the server takes it on every action.
 */
export const TENCENT_SIGNATURE_PARAMETERS: readonly string[] = [
  'Timestamp',
  'Nonce',
  'SecretId',
  'Signature',
  'SignatureMethod',
  'Token',
  'Language',
  'RequestClient',
];

// Precondition facts: what the preflight rules compare the known instance and image facts against.

/**
 * Tencent CVM instance states (`DescribeInstances` `InstanceState`) that
 * `ResetInstance` rejects, each with the `UnsupportedOperation.InstanceState*`
 * code it answers (docs/vendors/tencent.md#preconditions: the API page's list plus
 * the current SDK's). `RUNNING` and `STOPPED` are accepted; a state not listed
 * here (e.g. `LAUNCH_FAILED`) is not known to be rejected, so it passes.
 */
export const TENCENT_REJECTED_STATES: Readonly<Record<string, string>> = {
  PENDING: 'UnsupportedOperation.InstanceStatePending',
  REBOOTING: 'UnsupportedOperation.InstanceStateRebooting',
  STARTING: 'UnsupportedOperation.InstanceStateStarting',
  STOPPING: 'UnsupportedOperation.InstanceStateStopping',
  TERMINATING: 'UnsupportedOperation.InstanceStateTerminating',
  TERMINATED: 'UnsupportedOperation.InstanceStateTerminated',
  SHUTDOWN: 'UnsupportedOperation.InstanceStateShutdown',
  ISOLATING: 'UnsupportedOperation.InstanceStateIsolating',
  FREEZING: 'UnsupportedOperation.InstanceStateFreezing',
  CORRUPTED: 'UnsupportedOperation.InstanceStateCorrupted',
  ENTER_RESCUE_MODE: 'UnsupportedOperation.InstanceStateEnterRescueMode',
  RESCUE_MODE: 'UnsupportedOperation.InstanceStateRescueMode',
  EXIT_RESCUE_MODE: 'UnsupportedOperation.InstanceStateExitRescueMode',
  ENTER_SERVICE_LIVE_MIGRATE: 'UnsupportedOperation.InstanceStateEnterServiceLiveMigrate',
  SERVICE_LIVE_MIGRATE: 'UnsupportedOperation.InstanceStateServiceLiveMigrate',
  EXIT_SERVICE_LIVE_MIGRATE: 'UnsupportedOperation.InstanceStateExitServiceLiveMigrate',
};

/** The states a reset is accepted from, for messages (docs/vendors/tencent.md#preconditions: an inference). */
export const TENCENT_ACCEPTED_STATES: readonly string[] = ['RUNNING', 'STOPPED'];

/**
 * System disk types on which a reset may switch between Linux and Windows:
 * API 3.0 (current docs add `CLOUD_BSSD`) and legacy API 2.0 (the legacy
 * page's three) (docs/vendors/tencent.md#preconditions).
 */
export const TENCENT_OS_SWITCH_DISK_TYPES: Readonly<Record<'api3' | 'api2', readonly string[]>> = {
  api3: ['CLOUD_BASIC', 'CLOUD_PREMIUM', 'CLOUD_SSD', 'CLOUD_BSSD'],
  api2: ['CLOUD_BASIC', 'CLOUD_PREMIUM', 'CLOUD_SSD'],
} as const;

/**
 * Mainland China region ids (prefix before any `-fsi`/`-adc` style suffix).
 * Seed 004 forbids OS switching "for instances in overseas regions" without
 * listing them; any other region counts as overseas, but only as a warning,
 * since neither the list nor the current docs (which dropped the rule) confirm it.
 */
export const TENCENT_MAINLAND_REGIONS: readonly string[] = [
  'ap-beijing',
  'ap-chengdu',
  'ap-chongqing',
  'ap-guangzhou',
  'ap-nanjing',
  'ap-shanghai',
  'ap-shenzhen',
  'ap-tianjin',
  'ap-wuhan',
  'ap-qingyuan',
  'ap-hangzhou',
  'ap-jinan',
  'ap-fuzhou',
  'ap-changsha',
  'ap-hefei',
  'ap-shijiazhuang',
  'ap-xian',
  'ap-zhengzhou',
  'ap-shenyang',
  'ap-harbin',
];

/** Image sources whose login settings `KeepImageLogin` can keep (docs/vendors/tencent.md#credentials). */
export const TENCENT_KEEP_IMAGE_LOGIN_SOURCES: readonly string[] = ['custom', 'shared', 'imported'];
