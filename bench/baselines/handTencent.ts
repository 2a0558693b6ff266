import {
  TENCENT_DISK_NAME,
  TENCENT_DISK_TYPES,
  TENCENT_HOSTNAME,
  TENCENT_KEEP_IMAGE_LOGIN,
  TENCENT_KEY_IDS,
  TENCENT_PASSWORD,
  TENCENT_SYSTEM_DISK_UNUSED,
  TENCENT_USERDATA,
} from '../../src/schemas/tencent/policies.ts';

/** Hand issue interface: what a plain hand-written check reports, one constant message per rule. */
export interface HandIssue {
  /** The rule id, as `validate()` names it. */
  readonly rule: string;
  /** The severity. */
  readonly severity: 'error' | 'warning';
  /** The wire path. */
  readonly path: readonly (string | number)[];
  /** A fixed English message (a hand-written check needs no message table). */
  readonly message: string;
}

/** Hand report interface. */
export interface HandReport {
  /** Whether no issue is an error. */
  readonly ok: boolean;
  /** Every issue found. */
  readonly issues: HandIssue[];
}

// The limits are read once from the vendor policies, so the floor cannot drift from the library's facts.
const PASSWORD = TENCENT_PASSWORD.linux;
const HOSTNAME = TENCENT_HOSTNAME.linux;
const MAX_LABEL = HOSTNAME.maxLabelLength ?? 63;
const USERDATA_MAX = TENCENT_USERDATA.maxEncodedLength ?? 16384;
const KEY_IDS_MAX = TENCENT_KEY_IDS.max;
const KEEP_IMAGE_LOGIN: readonly string[] = TENCENT_KEEP_IMAGE_LOGIN;
const DISK_TYPES: readonly string[] = TENCENT_DISK_TYPES;
const ACTIONS = ['ResetInstance'];
const VERSIONS = ['2017-03-12'];

// Paths are built once: a hand-written check allocates nothing on the valid path.
const AT_ACTION = ['Action'];
const AT_ENHANCED_SERVICE = ['EnhancedService'];
const AT_SERVICES = [['EnhancedService', 'SecurityService'], ['EnhancedService', 'MonitorService'], ['EnhancedService', 'AutomationService']];
const AT_HOST_NAME = ['HostName'];
const AT_IMAGE_ID = ['ImageId'];
const AT_INSTANCE_ID = ['InstanceId'];
const AT_LOGIN_SETTINGS = ['LoginSettings'];
const AT_LOGIN_SETTINGS_KEEP_IMAGE_LOGIN = ['LoginSettings', 'KeepImageLogin'];
const AT_LOGIN_SETTINGS_KEY_IDS = ['LoginSettings', 'KeyIds'];
const AT_LOGIN_SETTINGS_PASSWORD = ['LoginSettings', 'Password'];
const AT_REGION = ['Region'];
const AT_SYSTEM_DISK = ['SystemDisk'];
const AT_SYSTEM_DISK_DISK_SIZE = ['SystemDisk', 'DiskSize'];
const AT_SYSTEM_DISK_DISK_TYPE = ['SystemDisk', 'DiskType'];
const AT_SYSTEM_DISK_ENCRYPT = ['SystemDisk', 'Encrypt'];
const AT_SYSTEM_DISK_DISK_NAME = ['SystemDisk', 'DiskName'];
const DISK_UNUSED = Object.keys(TENCENT_SYSTEM_DISK_UNUSED);
const DISK_NAME_MAX = TENCENT_DISK_NAME.maxLength;
const AT_USER_DATA = ['UserData'];
const AT_VERSION = ['Version'];

const SPECIAL = new Uint8Array(128);
for (const char of PASSWORD.specials) SPECIAL[char.charCodeAt(0)] = 1;

const TOP = new Set(['Action', 'Version', 'Region', 'InstanceId', 'ImageId', 'SystemDisk', 'LoginSettings', 'EnhancedService', 'HostName', 'UserData']);
const DISK = new Set(['DiskSize', 'DiskType', 'DiskId', 'CdcId', 'DiskName', 'Encrypt', 'KmsKeyId']);
const LOGIN = new Set(['Password', 'KeyIds', 'KeepImageLogin']);
const ENHANCED = new Set(['SecurityService', 'MonitorService', 'AutomationService']);
const FLAG = new Set(['Enabled']);

function add(issues: HandIssue[], rule: string, path: readonly (string | number)[], severity: 'error' | 'warning' = 'error'): void {
  issues.push({ rule, severity, path, message: `${rule} failed` });
}

function isObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `undefined`, `null`, `[]` and `{}` count as absent, as in `validate()`. */
function present(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) {
    for (const key in value) if (Object.hasOwn(value, key)) return true;
    return false;
  }
  return true;
}

function get(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function unknownKeys(issues: HandIssue[], object: Record<string, unknown>, known: ReadonlySet<string>, path: readonly (string | number)[]): void {
  for (const key of Object.keys(object)) if (!known.has(key)) add(issues, 'parameter/unknown', [...path, key]);
}

function isLowerAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** `prefix` + 8 of `[a-z0-9]`; a shape fault has the given severity, a wrong prefix is always an error. */
function identifier(issues: HandIssue[], value: string, prefix: string, path: readonly (string | number)[], shape: 'error' | 'warning'): void {
  if (value.length > 4 * (prefix.length + 8) + 16) return add(issues, 'identifier/format', path, shape);
  if (!value.startsWith(prefix)) return add(issues, 'identifier/format', path);
  for (let index = prefix.length; index < value.length; index++) {
    if (!isLowerAlnum(value.charCodeAt(index))) {
      add(issues, 'identifier/format', path, shape);
      break;
    }
  }
  if (value.length - prefix.length !== 8) add(issues, 'identifier/format', path, shape);
}

function password(issues: HandIssue[], value: string, path: readonly (string | number)[]): void {
  const length = value.length;
  if (length < PASSWORD.minLength || length > PASSWORD.maxLength) {
    add(issues, 'password/length', path);
    if (length > 4 * PASSWORD.maxLength) return;
  }
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let special = 0;
  let invalid = false;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 97 && code <= 122) lower = 1;
    else if (code >= 65 && code <= 90) upper = 1;
    else if (code >= 48 && code <= 57) digit = 1;
    else if (code < 128 && SPECIAL[code] === 1) special = 1;
    else invalid = true;
  }
  if (invalid) add(issues, 'password/charset', path);
  if (lower + upper + digit + special < PASSWORD.minClasses) add(issues, 'password/classes', path);
}

function hostname(issues: HandIssue[], value: string, path: readonly (string | number)[]): void {
  const length = value.length;
  if (length < HOSTNAME.minLength || length > HOSTNAME.maxLength) {
    add(issues, 'hostname/length', path);
    if (length > 4 * HOSTNAME.maxLength) return;
  }
  if (length === 0) return;
  let charset = false;
  let consecutive = false;
  let longLabel = false;
  let label = 0;
  let previousSeparator = false;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    const separator = code === 45 || code === 46;
    if (separator && previousSeparator) consecutive = true;
    previousSeparator = separator;
    if (code === 46) label = 0;
    else {
      if (++label > MAX_LABEL) longLabel = true;
      if (!separator && !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) charset = true;
    }
  }
  if (charset) add(issues, 'hostname/charset', path);
  const first = value.charCodeAt(0);
  if (first === 45 || first === 46 || previousSeparator) add(issues, 'hostname/edge', path);
  if (consecutive) add(issues, 'hostname/consecutive', path);
  if (longLabel) add(issues, 'hostname/label-length', path, 'warning');
}

/** Strict base64 by native `atob`, after an O(1) size gate: in Node 20 the fastest strict check measured, about 0.28 ns per character. */
function userData(issues: HandIssue[], value: string, path: readonly (string | number)[]): void {
  const length = value.length;
  if (length > USERDATA_MAX) return add(issues, 'userdata/size', path);
  const remainder = length % 4;
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  let valid = remainder !== 1 && (remainder === 0 || padding === 0);
  if (valid) {
    try {
      valid = atob(value).length === Math.max(0, Math.floor((length * 3) / 4) - padding);
    } catch {
      valid = false;
    }
  }
  if (!valid) add(issues, 'userdata/base64', path);
  else if (remainder !== 0) add(issues, 'userdata/padding', path, 'warning');
}

function flags(issues: HandIssue[], value: unknown, path: readonly (string | number)[]): void {
  if (!isObject(value)) return add(issues, 'parameter/type', path);
  unknownKeys(issues, value, FLAG, path);
  const enabled = get(value, 'Enabled');
  if (present(enabled) && typeof enabled !== 'boolean') add(issues, 'parameter/type', [...path, 'Enabled']);
}

function optionalString(issues: HandIssue[], object: Record<string, unknown>, key: string, path: readonly (string | number)[]): void {
  const value = get(object, key);
  if (present(value) && typeof value !== 'string') add(issues, 'parameter/type', [...path, key]);
}

function enumString(issues: HandIssue[], value: unknown, allowed: readonly string[], path: readonly (string | number)[]): boolean {
  if (typeof value !== 'string') {
    add(issues, 'parameter/type', path);
    return false;
  }
  if (!allowed.includes(value)) {
    add(issues, 'parameter/enum', path);
    return false;
  }
  return true;
}

function systemDisk(issues: HandIssue[], disk: unknown): void {
  const path = AT_SYSTEM_DISK;
  if (!isObject(disk)) return add(issues, 'parameter/type', path);
  unknownKeys(issues, disk, DISK, path);
  const size = get(disk, 'DiskSize');
  if (present(size)) {
    if (!Number.isInteger(size)) add(issues, 'parameter/type', AT_SYSTEM_DISK_DISK_SIZE);
    else if ((size as number) <= 0) add(issues, 'system-disk/size', AT_SYSTEM_DISK_DISK_SIZE);
  }
  const type = get(disk, 'DiskType');
  if (present(type) && enumString(issues, type, DISK_TYPES, AT_SYSTEM_DISK_DISK_TYPE)) {
    add(issues, 'system-disk/type', AT_SYSTEM_DISK_DISK_TYPE, 'warning');
  }
  optionalString(issues, disk, 'DiskId', path);
  optionalString(issues, disk, 'CdcId', path);
  optionalString(issues, disk, 'DiskName', path);
  optionalString(issues, disk, 'KmsKeyId', path);
  const encrypt = get(disk, 'Encrypt');
  if (present(encrypt) && typeof encrypt !== 'boolean') add(issues, 'parameter/type', AT_SYSTEM_DISK_ENCRYPT);
  const name = get(disk, 'DiskName');
  if (typeof name === 'string' && name.length > DISK_NAME_MAX && codePoints(name) > DISK_NAME_MAX) {
    add(issues, 'parameter/length', AT_SYSTEM_DISK_DISK_NAME, 'warning');
  }
  for (const field of DISK_UNUSED) if (present(get(disk, field))) add(issues, 'parameter/unused', ['SystemDisk', field], 'warning');
}

/** Code points, a surrogate pair counting once. */
function codePoints(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++, count++) {
    const code = value.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
  }
  return count;
}

function loginSettings(issues: HandIssue[], login: unknown): void {
  if (!isObject(login)) return add(issues, 'parameter/type', AT_LOGIN_SETTINGS);
  unknownKeys(issues, login, LOGIN, AT_LOGIN_SETTINGS);
  const given: string[] = [];
  const secret = get(login, 'Password');
  if (present(secret)) {
    given.push('Password');
    if (typeof secret === 'string') password(issues, secret, AT_LOGIN_SETTINGS_PASSWORD);
    else add(issues, 'parameter/type', AT_LOGIN_SETTINGS_PASSWORD);
  }
  const keys = get(login, 'KeyIds');
  if (present(keys)) {
    given.push('KeyIds');
    if (!Array.isArray(keys)) add(issues, 'parameter/type', AT_LOGIN_SETTINGS_KEY_IDS);
    else {
      if (keys.length > KEY_IDS_MAX) add(issues, 'parameter/count', AT_LOGIN_SETTINGS_KEY_IDS);
      for (let index = 0; index < keys.length; index++) {
        const key: unknown = keys[index];
        const path = ['LoginSettings', 'KeyIds', index];
        if (typeof key === 'string') identifier(issues, key, 'skey-', path, 'error');
        else add(issues, 'parameter/type', path);
      }
    }
  }
  const keep = get(login, 'KeepImageLogin');
  if (present(keep)) enumString(issues, keep, KEEP_IMAGE_LOGIN, AT_LOGIN_SETTINGS_KEEP_IMAGE_LOGIN);
  if (keep === 'TRUE' || keep === 'true') given.push('KeepImageLogin');
  for (let index = 1; index < given.length; index++) add(issues, 'credentials/conflict', ['LoginSettings', given[index] as string]);
}

function enhancedService(issues: HandIssue[], service: unknown): void {
  if (!isObject(service)) return add(issues, 'parameter/type', AT_ENHANCED_SERVICE);
  unknownKeys(issues, service, ENHANCED, AT_ENHANCED_SERVICE);
  for (const path of AT_SERVICES) {
    const value = get(service, path[1] as string);
    if (present(value)) flags(issues, value, path);
  }
}

/**
 * A plain hand-written check of the Tencent API 3.0 `ResetInstance` rules for a Linux image: the
 * benchmark's floor. Same rule ids, severities and paths as `validate('tencent.cvm.ResetInstance',
 * payload, { os: 'linux' })` (an agreement test holds them equal); no spec, no message table, no
 * vendor codes. Type and length gates come before any scan, and base64 goes through native `atob`.
 *
 * @param payload The payload.
 *
 * @returns Whether it passes, and every issue.
 */
export function handTencent(payload: unknown): HandReport {
  const issues: HandIssue[] = [];
  if (!isObject(payload)) {
    add(issues, 'parameter/type', []);
    return { ok: false, issues };
  }
  unknownKeys(issues, payload, TOP, []);
  const action = get(payload, 'Action');
  if (present(action)) enumString(issues, action, ACTIONS, AT_ACTION);
  const version = get(payload, 'Version');
  if (present(version)) enumString(issues, version, VERSIONS, AT_VERSION);
  const region = get(payload, 'Region');
  if (present(region) && typeof region !== 'string') add(issues, 'parameter/type', AT_REGION);
  const instance = get(payload, 'InstanceId');
  if (!present(instance)) add(issues, 'parameter/required', AT_INSTANCE_ID);
  else if (typeof instance !== 'string') add(issues, 'parameter/type', AT_INSTANCE_ID);
  else identifier(issues, instance, 'ins-', AT_INSTANCE_ID, 'error');
  const image = get(payload, 'ImageId');
  if (present(image)) {
    if (typeof image !== 'string') add(issues, 'parameter/type', AT_IMAGE_ID);
    else identifier(issues, image, 'img-', AT_IMAGE_ID, 'warning');
  }
  const disk = get(payload, 'SystemDisk');
  if (present(disk)) systemDisk(issues, disk);
  const login = get(payload, 'LoginSettings');
  if (present(login)) loginSettings(issues, login);
  const service = get(payload, 'EnhancedService');
  if (present(service)) enhancedService(issues, service);
  const host = get(payload, 'HostName');
  if (present(host)) {
    if (typeof host !== 'string') add(issues, 'parameter/type', AT_HOST_NAME);
    else hostname(issues, host, AT_HOST_NAME);
  }
  const data = get(payload, 'UserData');
  if (present(data)) {
    if (typeof data !== 'string') add(issues, 'parameter/type', AT_USER_DATA);
    else userData(issues, data, AT_USER_DATA);
  }
  let ok = true;
  for (const issue of issues) if (issue.severity === 'error') ok = false;
  return { ok, issues };
}
