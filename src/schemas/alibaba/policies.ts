import type { IdentifierPolicy } from '../../rules/identifier/index.ts';
import type { PasswordPolicy } from '../../rules/password/index.ts';
import type { Os } from '../../rules/finding.ts';

/**
 * The special characters `Password` accepts in every current reading: the 2021 page's 30 and the SDK
 * 7.11.6 docstring's 31 share these 29 (docs/vendors/alibaba.md#password).
 */
export const ALIBABA_PASSWORD_SPECIALS = '()`~!@#$%^&*-_+=|{}[]:;<>,.?/';

/**
 * The specials only one current reading lists: `'` (the 2021 page, not the SDK docstring), `"` and `\`
 * (the SDK docstring, not the 2021 page). Each is a warning that predicts no code (docs/vendors/alibaba.md#password).
 */
export const ALIBABA_PASSWORD_DISPUTED_SPECIALS = '\'"\\';

const PASSWORD_BASE = {
  minLength: 8,
  maxLength: 30,
  specials: ALIBABA_PASSWORD_SPECIALS,
  disputedSpecials: ALIBABA_PASSWORD_DISPUTED_SPECIALS,
  classes: ['lower', 'upper', 'digit', 'special'],
  minClasses: 3,
} as const satisfies PasswordPolicy;

/**
 * `Password` per OS: 8-30 characters with 3 of 4 classes on both; a Windows password must not start
 * with `/` ("Windows实例不能以斜线号（/）为密码首字符"; docs/vendors/alibaba.md#password).
 */
export const ALIBABA_PASSWORD: Readonly<Record<Os, PasswordPolicy>> = {
  linux: PASSWORD_BASE,
  windows: { ...PASSWORD_BASE, forbiddenFirst: '/' },
};

/**
 * Instance ids: every example is `i-` plus lowercase letters and digits, but no revision states a shape
 * (a 2021 example is `i-m-bp67...`), so only a missing `i-` is flagged, as a warning
 * (docs/vendors/alibaba.md#instance-id).
 */
export const ALIBABA_INSTANCE_ID: IdentifierPolicy = {
  prefix: 'i-',
  alphabet: 'name',
  prefixSeverity: 'warning',
  shapeSeverity: 'warning',
};

/** `ClientToken`: ASCII only, at most 64 characters (docs/vendors/alibaba.md#client-token). */
export const ALIBABA_CLIENT_TOKEN = {
  /** The most characters a token may have. */
  maxLength: 64,
} as const;

/** `SecurityEnhancementStrategy` values; the server default is `Deactive` (docs/vendors/alibaba.md#security-enhancement-strategy). */
export const ALIBABA_SECURITY_ENHANCEMENT_STRATEGIES = ['Active', 'Deactive'] as const;

/**
 * `SystemDisk.Size` bounds in GiB (docs/vendors/alibaba.md#system-disk). `min`/`max` hold on every
 * reading (the current per-category table's widest range); `safeMin`/`safeMax` are what every
 * reading accepts for every category (the 2021 page's Max{20, image} to 500, the basic disk's current
 * range). Between the two a size depends on the disk category: a warning without facts.
 */
export const ALIBABA_SYSTEM_DISK_SIZE = {
  /** The least size any category accepts (ESSD PL0 and AutoPL). */
  min: 1,
  /** The most size any category accepts. */
  max: 2048,
  /** The least size every category and revision accepts. */
  safeMin: 20,
  /** The most size every category and revision accepts (the basic disk's maximum). */
  safeMax: 500,
} as const;

/** Alibaba size bounds interface: the `SystemDisk.Size` range one disk category accepts, in GiB. */
export interface AlibabaSizeBounds {
  /** The least size accepted. */
  readonly min: number;
  /** The most size accepted. */
  readonly max: number;
}

/**
 * `SystemDisk.Size` bounds per system disk category and ESSD performance level, from the current SDK
 * docstring and Chinese page (docs/vendors/alibaba.md#system-disk); the image size raises every minimum
 * (Max{min, image size}). Keys: DescribeDisks `Category`, and `cloud_essd:PL0`..`PL3` for the ESSD levels.
 */
export const ALIBABA_SYSTEM_DISK_SIZE_BY_CATEGORY: Readonly<Record<string, AlibabaSizeBounds>> = {
  cloud: { min: 20, max: 500 },
  'cloud_essd:PL0': { min: 1, max: 2048 },
  'cloud_essd:PL1': { min: 20, max: 2048 },
  'cloud_essd:PL2': { min: 461, max: 2048 },
  'cloud_essd:PL3': { min: 1261, max: 2048 },
  cloud_auto: { min: 1, max: 2048 },
};

/** The other categories' bounds ("其他云盘类型", Max{20, image} to 2048; docs/vendors/alibaba.md#system-disk). */
export const ALIBABA_SYSTEM_DISK_SIZE_OTHER: AlibabaSizeBounds = { min: 20, max: 2048 };

/** Alibaba deprecated parameter interface: why the SDK model marks a parameter, and what to send instead. */
export interface AlibabaDeprecatedParameter {
  /** `deprecated` ("[Deprecated]") or `unavailable` ("This parameter is not available for use"). */
  readonly reason: 'deprecated' | 'unavailable';
  /** The parameter the docstring names instead, where it names one. */
  readonly instead?: string;
}

/**
 * Parameters the current SDK model still has that its docstrings mark "[Deprecated]" (`DiskId`, with
 * `ImageId` named instead; `Platform`, `Architecture`) or "This parameter is not available for use"
 * (`EncryptAlgorithm`, `Arn`). No source says whether the server rejects or ignores them: a warning
 * (docs/vendors/alibaba.md#deprecated-and-unavailable-parameters).
 */
export const ALIBABA_DEPRECATED_PARAMETERS: Readonly<Record<string, AlibabaDeprecatedParameter>> = {
  DiskId: { reason: 'deprecated', instead: 'ImageId' },
  Platform: { reason: 'deprecated' },
  Architecture: { reason: 'deprecated' },
  EncryptAlgorithm: { reason: 'unavailable' },
  Arn: { reason: 'unavailable' },
};

/**
 * The common parameters of Alibaba's RPC signature v1 (HMAC-SHA1), which a form request carries besides
 * the action's own: authentication and format, never data. `Action` and `Version` are not here: the
 * payload spec checks them. Signature v3 sends none of them in the query (docs/vendors/alibaba.md#sdk-capture;
 * `@alicloud/openapi-core` `src/client.ts`). `BearerToken` and `SignatureType` are what the SDK sends for
 * a bearer credential instead of `AccessKeyId` and `Signature`.
 */
export const ALIBABA_SIGNATURE_PARAMETERS: readonly string[] = [
  'Format',
  'AccessKeyId',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'Timestamp',
  'Signature',
  'SecurityToken',
  'BearerToken',
  'SignatureType',
];

// Preconditions (alibaba-edge): the facts the preflight rules compare the instance, image and disk against.

/** The one instance state `ReplaceSystemDisk` takes (every revision of the API page: "The instance must be in the Stopped state"). */
export const ALIBABA_REPLACE_STATE = 'Stopped';

/** The error code of an instance in a state other than `Stopped` (the error table; docs/vendors/alibaba.md#preconditions). */
export const ALIBABA_INCORRECT_STATE_CODE = 'IncorrectInstanceStatus';

/** The states with a code of their own: an instance still being created (`Pending`) answers `OperationDenied.InstanceCreating` (the error table). */
export const ALIBABA_STATE_CODES: Readonly<Record<string, string>> = {
  Pending: 'OperationDenied.InstanceCreating',
};

/**
 * The `OperationLocks` reasons a source ties to a refusal, each with the lock it is (the `LockReason`
 * docstring of `DescribeInstancesRequest` lists `financial`, `security`, `Recycling`, `dedicatedhostfinancial`,
 * `refunded`): `security` (the API page refuses, older revisions of the security-lock page say
 * `ReplaceSystemDisk` is unaffected: disputed) and the overdue-payment locks (`InstanceExpiredOrInArrears`
 * in the error table, by inference only). Both are warnings (docs/vendors/alibaba.md#preconditions).
 */
export const ALIBABA_LOCK_REASONS: Readonly<Record<string, 'security' | 'financial'>> = {
  security: 'security',
  financial: 'financial',
  dedicatedhostfinancial: 'financial',
};

/** The code of an instance with an unpaid order: the newer of the error table's two (the older is `INST_HAS_UNPAID_ORDER`). */
export const ALIBABA_UNPAID_ORDER_CODE = 'OperationDenied.UnpaidOrder';

/**
 * The stop mode of an instance stopped in economical mode (`StoppedMode`, the docstring of
 * `DescribeInstanceAttributeResponseBody`: "StopCharging: ... resources ... are released. Whether the instance
 * can be restarted depends on resource availability"). The API page asks for the standard mode
 * (`KeepCharging`) "to prevent restart failures": advice, so a warning.
 */
export const ALIBABA_ECONOMICAL_STOP_MODE = 'StopCharging';

/** The image sources `SecurityEnhancementStrategy=Active` is offered for ("supported only for public images"; DescribeImages `ImageOwnerAlias` `system`). */
export const ALIBABA_SECURITY_ENHANCEMENT_SOURCES: readonly string[] = ['public'];

/** The codes of a `SystemDisk.Size` below the image, below the category's minimum, above its maximum (the error table). */
export const ALIBABA_DISK_SIZE_CODES = {
  /** Below the image's size. */
  lessThanImage: 'InvalidSystemDiskSize.LessThanImageSize',
  /** Below the disk category's minimum. */
  lessThanMin: 'InvalidSystemDiskSize.LessThanMinSize',
  /** Above the disk category's maximum. */
  moreThanMax: 'InvalidSystemDiskSize.MoreThanMaxSize',
} as const;
