import type { VendorError } from '../../errors/issue.ts';
import type { Base64Policy } from '../../rules/base64/index.ts';
import type { Os } from '../../rules/finding.ts';
import type { HexIdentifierPolicy } from '../../rules/identifier/checkHexIdentifier.ts';
import type { IdentifierPolicy } from '../../rules/identifier/index.ts';
import type { RequiredWhenEmpty } from '../../rules/parameter/index.ts';
import type { UsernamePolicy } from '../../rules/password/checkPasswordUsername.ts';
import type { PasswordPolicy } from '../../rules/password/index.ts';

// Spec facts: what the payload checks compare a value against (docs/vendors/huawei.md).

/**
 * The specials every reading accepts on Linux (docs/vendors/huawei.md#password): the API pages' 18
 * `!@$%^-_=+[{}]:,./?` less `$`, which the user guide's Linux list leaves out.
 */
export const HUAWEI_LINUX_SPECIALS = '!@%^-_=+[{}]:,./?';

/** Linux specials only some readings accept: `$` (not in the user guide's list), `~#*` (the Chinese pages and the newest guide only). Each use warns. */
export const HUAWEI_LINUX_DISPUTED_SPECIALS = '$~#*';

/**
 * The specials every reading accepts on Windows (docs/vendors/huawei.md#password): the API pages' 18 less
 * `^{}`, which the user guide's Windows list leaves out.
 */
export const HUAWEI_WINDOWS_SPECIALS = '!@$%-_=+[]:,./?';

/** Windows specials only some readings accept: `^{}` (not in the user guide's list), `~#*` (Chinese pages, newest guide), `()` (newest guide only). */
export const HUAWEI_WINDOWS_DISPUTED_SPECIALS = '^{}~#*()';

/** Windows: "cannot start with a slash (/)", in the user guides only (readings C and D), so a warning (docs/vendors/huawei.md#password). */
export const HUAWEI_WINDOWS_DISPUTED_FIRST = '/';

/**
 * `adminpass` per OS: 8-26 characters (every reading), at least 3 of upper, lower, digit, special; a special
 * outside every reading's set is an error, one that some readings accept warns (docs/vendors/huawei.md#password).
 */
export const HUAWEI_PASSWORD: Readonly<Record<Os, PasswordPolicy>> = {
  linux: {
    minLength: 8,
    maxLength: 26,
    specials: HUAWEI_LINUX_SPECIALS,
    disputedSpecials: HUAWEI_LINUX_DISPUTED_SPECIALS,
    classes: ['lower', 'upper', 'digit', 'special'],
    minClasses: 3,
  },
  windows: {
    minLength: 8,
    maxLength: 26,
    specials: HUAWEI_WINDOWS_SPECIALS,
    disputedSpecials: HUAWEI_WINDOWS_DISPUTED_SPECIALS,
    classes: ['lower', 'upper', 'digit', 'special'],
    minClasses: 3,
  },
};

/**
 * The administrator a reinstall sets the password of, and what of its name the password must not contain
 * (docs/vendors/huawei.md#admin-name). Windows: `Administrator`, its reverse or any 3 consecutive characters of
 * it, an error in the name's case (every text states it for Windows), a warning when only a case-folded match.
 * Linux: `root` or `toor` only warns (the API pages limit the rule to Windows, the user guides apply it to all).
 */
export const HUAWEI_ADMIN_NAME: Readonly<Record<Os, UsernamePolicy>> = {
  linux: { name: 'root', reverse: true, severity: 'warning', foldedSeverity: 'warning' },
  windows: { name: 'Administrator', reverse: true, runLength: 3, foldedSeverity: 'warning' },
};

/**
 * `server_id` (path parameter): a UUID in every example, the format not stated for it, so another shape warns;
 * the SDK substitutes it unencoded, so a character that moves the URL is an error (docs/vendors/huawei.md#path-parameters).
 */
export const HUAWEI_SERVER_ID: HexIdentifierPolicy = { groups: [8, 4, 4, 4, 12], severity: 'warning', pathSegment: true };

/** `project_id` (path parameter): 32 hex digits in every example (a warning otherwise), unencoded in the path (docs/vendors/huawei.md#path-parameters). */
export const HUAWEI_PROJECT_ID: HexIdentifierPolicy = { groups: [32], severity: 'warning', pathSegment: true };

/** `imageid`: "the ID of the new image in UUID format", stated, so another shape is an error (docs/vendors/huawei.md#parameters). */
export const HUAWEI_IMAGE_ID: HexIdentifierPolicy = { groups: [8, 4, 4, 4, 12] };

/** `userid`: the IAM user id, 32 hex digits in every example; the shape is not stated, so another one warns (docs/vendors/huawei.md#user-id). */
export const HUAWEI_USER_ID: HexIdentifierPolicy = { groups: [32], severity: 'warning' };

/**
 * `metadata.__system__cmkid`: the KMS key id, "always 36 bytes" (a wrong length is an error); its characters
 * are not stated (letters, digits, `-` in every example), so another character warns (docs/vendors/huawei.md#system-disk-encryption).
 */
export const HUAWEI_CMK_ID: IdentifierPolicy = { alphabet: 'name', length: 36, shapeSeverity: 'warning', lengthSeverity: 'error' };

/** `metadata.__system__encrypted`: `"0"` not encrypted, `"1"` encrypted (docs/vendors/huawei.md#system-disk-encryption). */
export const HUAWEI_ENCRYPTED = ['0', '1'] as const;

/** `metadata.BYOL`: `"true"` uses the image's own licence; the readings differ on other values, which only warn (docs/vendors/huawei.md#byol). */
export const HUAWEI_BYOL = ['true'] as const;

/** `mode`: the only value, `withStopServer`, stops a running ECS first (docs/vendors/huawei.md#mode). */
export const HUAWEI_MODE = ['withStopServer'] as const;

/** `isAutoPay` (change OS): the values are not stated; `true`/`false` as Huawei's order APIs spell them, another value warns (docs/vendors/huawei.md#body-shapes). */
export const HUAWEI_AUTO_PAY = ['true', 'false'] as const;

/**
 * `metadata.user_data` (v2): Base64 of at most 32 KB before encoding, counted as 32768 decoded bytes
 * (docs/vendors/huawei.md#user-data, docs/design-decisions.md#16-kb).
 */
export const HUAWEI_USERDATA: Base64Policy = { maxDecodedBytes: 32768 };

/** The login members of both bodies: `adminpass` and `keyname` cannot both have a value (docs/vendors/huawei.md#credentials). */
export const HUAWEI_CREDENTIALS = ['adminpass', 'keyname'] as const;

/** v2: when `adminpass` and `keyname` are both empty, `metadata.user_data` must have a value; its path is relative to the body (docs/vendors/huawei.md#credentials). */
export const HUAWEI_USER_DATA_WHEN_EMPTY: RequiredWhenEmpty = { name: 'metadata.user_data', path: ['metadata', 'user_data'], others: HUAWEI_CREDENTIALS };

// Precondition facts: what the preflight rules compare the known server and image facts against
// (docs/vendors/huawei.md#preconditions). Helper "huawei-edge" adds the constants its preflight rules read below.

/** The status every reinstall and change OS starts from: stopped (docs/vendors/huawei.md#instance-state, ECS statuses). */
export const HUAWEI_STOPPED_STATE = 'SHUTOFF';

/** The running status, accepted only with `mode: withStopServer`, which stops the ECS first (docs/vendors/huawei.md#instance-state). */
export const HUAWEI_RUNNING_STATE = 'ACTIVE';

/** The faulty status: accepted only after a failed reinstall or change, which the status alone does not show, so a warning. */
export const HUAWEI_FAILED_STATE = 'ERROR';

/** Statuses no reinstall or change starts from: the transitional ones, shelved and deleted (docs/vendors/huawei.md#instance-state). */
export const HUAWEI_REJECTED_STATES: readonly string[] = [
  'BUILD',
  'REBOOT',
  'HARD_REBOOT',
  'REBUILD',
  'MIGRATING',
  'RESIZE',
  'VERIFY_RESIZE',
  'REVERT_RESIZE',
  'SHELVED',
  'SHELVED_OFFLOADED',
  'DELETED',
];

/** The IMS status of a usable image: "An image can be used only when it is in the active state" (IMS Image Attributes). */
export const HUAWEI_IMAGE_ACTIVE = 'active';

/** What the server answers when a precondition fails (docs/vendors/huawei.md#error-codes; past `Ecs.0003` the Open Telekom Cloud copy of the list). */
export const HUAWEI_PRECONDITION_ERRORS: {
  /** 400 `Ecs.0100` "The ECS status does not meet requirements". */
  readonly state: VendorError;
  /** 400 `Ecs.0105` "No system disk found". */
  readonly systemDisk: VendorError;
  /** 400 `Ecs.0032` "The image is not active" (change OS). */
  readonly imageStatus: VendorError;
} = {
  state: { code: 'Ecs.0100', status: 400 },
  systemDisk: { code: 'Ecs.0105', status: 400 },
  imageStatus: { code: 'Ecs.0032', status: 400 },
};
