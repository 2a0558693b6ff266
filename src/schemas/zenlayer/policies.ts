import type { IdentifierPolicy } from '../../rules/identifier/index.ts';
import type { InstanceNamePolicy } from '../../rules/instanceName/index.ts';
import type { PasswordPolicy } from '../../rules/password/index.ts';
import type { VendorError } from '../../errors/issue.ts';

/** The special characters every revision of the ZEC docs and SDKs accepts (10): docs/vendors/zenlayer.md#password. */
export const ZENLAYER_PASSWORD_SPECIALS = '~!@$^*-_=+';

/**
 * The special characters only newer revisions accept: `|;:,.?` and backtick
 * (set ZL-17). They count as specials for the class rule, but each use warns
 * (docs/vendors/zenlayer.md#password).
 */
export const ZENLAYER_DISPUTED_SPECIALS = '|;:,.?`';

/**
 * Zenlayer ZEC `password`: 8-16 characters with at least one letter (either
 * case), one digit and one special; the only statement that gives a count
 * (the Chinese SDK docstring, "the following 3 types"). Whether both cases
 * are needed is unknown, so one case passes (docs/vendors/zenlayer.md#password).
 */
export const ZENLAYER_PASSWORD: PasswordPolicy = {
  minLength: 8,
  maxLength: 16,
  specials: ZENLAYER_PASSWORD_SPECIALS,
  disputedSpecials: ZENLAYER_DISPUTED_SPECIALS,
  classes: ['letter', 'digit', 'special'],
  minClasses: 3,
};

/**
 * `keyId`: `key-` + letters and digits, from the one real example
 * `key-YWD2QFOl`; every part of the shape only warns (docs/vendors/zenlayer.md#identifiers).
 */
export const ZENLAYER_KEY_ID: IdentifierPolicy = {
  prefix: 'key-',
  alphabet: 'alnum',
  minLength: 1,
  prefixSeverity: 'warning',
  shapeSeverity: 'warning',
};

/** `instanceName`: 2-63 characters, letters, digits, `-` and `.` (docs/vendors/zenlayer.md#instance-name). */
export const ZENLAYER_INSTANCE_NAME: InstanceNamePolicy = { minLength: 2, maxLength: 63, extraChars: '-.' };

/**
 * `userData`: a size limit exists (`INVALID_PARAMETER_USER_DATA_EXCEED`) but
 * its value and the encoding are undocumented, so the value is opaque text
 * and only more than 16384 UTF-8 bytes warns (docs/vendors/zenlayer.md#user-data, docs/design-decisions.md#16-kb).
 */
export const ZENLAYER_USERDATA_WARN_BYTES = 16384;

/** Image categories that take neither a password nor a key pair: "Windows and Generic images support neither option" (docs/vendors/zenlayer.md#credentials). */
export const ZENLAYER_NO_CREDENTIAL_CATEGORIES: readonly string[] = ['windows', 'generic'];

// Precondition facts: what the preflight rules compare the known instance and image facts against.

/** The state a ZEC instance resets from: powered off (docs/vendors/zenlayer.md#preconditions). */
export const ZENLAYER_RESET_STATE = 'STOPPED';

/** The image status a reset accepts; the others are `CREATING` and `UNAVAILABLE` (docs/vendors/zenlayer.md#preconditions). */
export const ZENLAYER_IMAGE_AVAILABLE = 'AVAILABLE';

/** The precondition errors of the API page's table (docs/vendors/zenlayer.md#error-codes), all HTTP 400. */
export const ZENLAYER_PRECONDITION_ERRORS: Readonly<Record<'state' | 'size' | 'imageStatus' | 'osType' | 'agent' | 'password' | 'keyPair', VendorError>> = {
  state: { code: 'UNSUPPORTED_OPERATION_INSTANCE_STATUS', status: 400 },
  size: { code: 'INVALID_IMAGE_SIZE_EXCEED', status: 400 },
  imageStatus: { code: 'INVALID_IMAGE_STATUS', status: 400 },
  osType: { code: 'INVALID_OS_TYPE_NOT_SAME', status: 400 },
  agent: { code: 'INVALID_IMAGE_AGENT_NOT_SUPPORT', status: 400 },
  password: { code: 'INVALID_IMAGE_PASSWORD_NOT_SUPPORT', status: 400 },
  keyPair: { code: 'INVALID_IMAGE_KEY_PAIR_NOT_SUPPORT', status: 400 },
};
