import { NO_FINDINGS, type Finding, type Os } from '../../rules/finding.ts';
import type { FieldMap, PayloadSpec } from '../../engine/spec/types.ts';
import { checkBase64 } from '../../rules/base64/index.ts';
import { checkCredentials, type GivenCredential } from '../../rules/credentials/index.ts';
import { checkHostname } from '../../rules/hostname/index.ts';
import { checkIdentifier } from '../../rules/identifier/index.ts';
import { checkPassword } from '../../rules/password/index.ts';
import { byOs } from '../../engine/spec/byOs.ts';
import { isPresent, own } from '../../engine/spec/values.ts';
import {
  TENCENT_DISK_NAME,
  TENCENT_DISK_TYPES,
  TENCENT_HOSTNAME,
  TENCENT_IMAGE_ID,
  TENCENT_INSTANCE_ID,
  TENCENT_KEEP_IMAGE_LOGIN,
  TENCENT_KEEP_IMAGE_LOGIN_ON,
  TENCENT_KEY_ID,
  TENCENT_KEY_IDS,
  TENCENT_PASSWORD,
  TENCENT_SYSTEM_DISK_UNUSED,
  TENCENT_USERDATA,
} from './policies.ts';

/** Which parameter set a spec follows: API 3.0, or the legacy 2.0 page without HostName, UserData and AutomationService. */
type Generation = 'api3' | 'api2';

const CREDENTIALS = ['Password', 'KeyIds', 'KeepImageLogin'] as const;

const isKeepImageLogin = (value: unknown): boolean => typeof value === 'string' && TENCENT_KEEP_IMAGE_LOGIN_ON.includes(value);

/** Each login method as a given credential, built once (`checkCredentials` copies the paths it reports). */
const GIVEN_PASSWORD: GivenCredential = { name: 'Password', path: ['Password'] };
const GIVEN_KEY_IDS: GivenCredential = { name: 'KeyIds', path: ['KeyIds'] };
const GIVEN_KEEP_IMAGE_LOGIN: GivenCredential = { name: 'KeepImageLogin', path: ['KeepImageLogin'] };
/** The credential `KeyIds` checked on its own (Windows takes no key). */
const KEY_IDS_ALONE: readonly GivenCredential[] = [{ name: 'KeyIds', path: [] }];

/**
 * The login methods given, in wire order, by a mask of which are (1 Password, 2 KeyIds, 4 KeepImageLogin): built
 * once, so no list is built per call (an optimising compiler may hoist a list literal above the early return).
 */
const GIVEN: readonly (readonly GivenCredential[])[] = [
  [],
  [GIVEN_PASSWORD],
  [GIVEN_KEY_IDS],
  [GIVEN_PASSWORD, GIVEN_KEY_IDS],
  [GIVEN_KEEP_IMAGE_LOGIN],
  [GIVEN_PASSWORD, GIVEN_KEEP_IMAGE_LOGIN],
  [GIVEN_KEY_IDS, GIVEN_KEEP_IMAGE_LOGIN],
  [GIVEN_PASSWORD, GIVEN_KEY_IDS, GIVEN_KEEP_IMAGE_LOGIN],
];

/**
 * `LoginSettings` takes at most one login method, in wire order; a `FALSE` KeepImageLogin is not one. One alone or
 * none is valid, and the valid path allocates nothing.
 */
function loginCredentialFindings(settings: Readonly<Record<string, unknown>>): readonly Finding[] {
  const given =
    (isPresent(own(settings, 'Password')) ? 1 : 0) |
    (isPresent(own(settings, 'KeyIds')) ? 2 : 0) |
    (isKeepImageLogin(own(settings, 'KeepImageLogin')) ? 4 : 0);
  // At most one bit set: at most one method.
  if ((given & (given - 1)) === 0) return NO_FINDINGS;
  return checkCredentials('at-most-one', GIVEN[given] as readonly GivenCredential[], CREDENTIALS);
}

/** `SystemDisk.DiskName` length in characters (code points); UTF-16 length gates the count, as a code point is 1-2 units. */
function checkDiskName(value: string): readonly Finding[] {
  const max = TENCENT_DISK_NAME.maxLength;
  const long = value.length > max && (value.length > 2 * max || [...value].length > max);
  return long ? [{ rule: 'parameter/length', severity: 'warning', params: { max } }] : NO_FINDINGS;
}

/** The unused `SystemDisk` fields with their reasons, listed once rather than on every call. */
const SYSTEM_DISK_UNUSED = /* @__PURE__ */ Object.entries(TENCENT_SYSTEM_DISK_UNUSED);

/** The shared `SystemDisk` fields present that a reset does not take, each at its own path (a boolean field has no value check). */
function unusedSystemDiskFields(disk: Readonly<Record<string, unknown>>): readonly Finding[] {
  let findings: Finding[] | undefined;
  for (let index = 0; index < SYSTEM_DISK_UNUSED.length; index++) {
    const entry = SYSTEM_DISK_UNUSED[index] as [string, string];
    const name = entry[0];
    if (isPresent(own(disk, name))) (findings ??= []).push({ rule: 'parameter/unused', severity: 'warning', params: { name, reason: entry[1] }, path: [name] });
  }
  return findings ?? NO_FINDINGS;
}

/**
 * One OS's password and hostname rules, as module-level functions: a field check then allocates no closure per call.
 * Named loads, not `TENCENT_PASSWORD[os]`: once both OSes have been read (any call with the OS unknown), that keyed
 * load is megamorphic for every later call.
 */
const passwordFindings = (os: Os, value: string): readonly Finding[] =>
  checkPassword(os === 'windows' ? TENCENT_PASSWORD.windows : TENCENT_PASSWORD.linux, value);
const hostnameFindings = (os: Os, value: string): readonly Finding[] =>
  checkHostname(os === 'windows' ? TENCENT_HOSTNAME.windows : TENCENT_HOSTNAME.linux, value);

/** The `Enabled` switch each enhanced service object holds. */
const ENABLED_FLAG: FieldMap = { Enabled: { type: 'boolean' } };

/** Both generations take the same login parameters; only their error codes differ (`resetInstanceAbout.ts`). */
const LOGIN_SETTINGS: FieldMap = {
  Password: {
    type: 'string',
    check: (value, context) => byOs(context.os, passwordFindings, value),
  },
  KeyIds: {
    type: 'array',
    items: { type: 'string', check: (value) => checkIdentifier(TENCENT_KEY_ID, value) },
    maxItems: TENCENT_KEY_IDS.max,
    check: (_value, context) =>
      byOs(context.os, (os) => (os === 'windows' ? checkCredentials('none', KEY_IDS_ALONE, CREDENTIALS) : NO_FINDINGS)),
  },
  KeepImageLogin: { type: 'string', enum: TENCENT_KEEP_IMAGE_LOGIN },
};

// Pure, so a bundle that imports one of the two specs (API 3.0 and api2) drops the other.
// @__NO_SIDE_EFFECTS__
function fields(generation: Generation): FieldMap {
  const common: FieldMap = {
    Action: { type: 'string', enum: ['ResetInstance'] },
    Version: { type: 'string', enum: ['2017-03-12'] },
    Region: { type: 'string' },
    InstanceId: { type: 'string', required: true, check: (value) => checkIdentifier(TENCENT_INSTANCE_ID, value) },
    ImageId: { type: 'string', check: (value) => checkIdentifier(TENCENT_IMAGE_ID, value) },
    SystemDisk: {
      type: 'object',
      fields: {
        DiskSize: { type: 'integer', check: (value) => (value > 0 ? NO_FINDINGS : [{ rule: 'system-disk/size' }]) },
        DiskType: { type: 'string', enum: TENCENT_DISK_TYPES, check: () => [{ rule: 'system-disk/type', severity: 'warning' }] },
        DiskId: { type: 'string' },
        CdcId: { type: 'string' },
        DiskName: { type: 'string', check: checkDiskName },
        Encrypt: { type: 'boolean' },
        KmsKeyId: { type: 'string' },
      },
      check: unusedSystemDiskFields,
    },
    LoginSettings: {
      type: 'object',
      fields: LOGIN_SETTINGS,
      check: loginCredentialFindings,
    },
    EnhancedService: {
      type: 'object',
      fields: {
        SecurityService: { type: 'object', fields: ENABLED_FLAG },
        MonitorService: { type: 'object', fields: ENABLED_FLAG },
        ...(generation === 'api3' ? { AutomationService: { type: 'object', fields: ENABLED_FLAG } } : {}),
      },
    },
  };
  if (generation === 'api2') return common;
  return {
    ...common,
    HostName: {
      type: 'string',
      check: (value, context) => byOs(context.os, hostnameFindings, value),
    },
    UserData: { type: 'string', check: (value) => checkBase64(TENCENT_USERDATA, value) },
  };
}

/**
 * The payload spec of Tencent CVM `ResetInstance`, API 3.0 (`2017-03-12`): the
 * current SDK's parameter set (the API page's plus `UserData` and
 * `EnhancedService.AutomationService`). Unknown parameters are errors: the
 * server answers `UnknownParameter`. Descriptions and vendor codes are in
 * `RESET_INSTANCE_ABOUT`.
 */
export const RESET_INSTANCE: PayloadSpec = {
  fields: fields('api3'),
  unknownSeverity: 'error',
  checks: [],
};

/**
 * The payload spec of Tencent CVM `ResetInstance` through the legacy API 2.0
 * (docs/vendors/tencent.md#legacy-api-20): no `HostName`, no `UserData`, no `AutomationService`.
 * Descriptions and vendor codes are in `RESET_INSTANCE_API2_ABOUT`.
 */
export const RESET_INSTANCE_API2: PayloadSpec = {
  fields: fields('api2'),
  unknownSeverity: 'error',
  checks: [],
};
