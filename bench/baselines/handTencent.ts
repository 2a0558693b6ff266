import {
  TENCENT_DISK_NAME,
  TENCENT_DISK_TYPES,
  TENCENT_HOSTNAME,
  TENCENT_IMAGE_ID,
  TENCENT_INSTANCE_ID,
  TENCENT_KEEP_IMAGE_LOGIN,
  TENCENT_KEY_ID,
  TENCENT_KEY_IDS,
  TENCENT_PASSWORD,
  TENCENT_USERDATA,
} from '../../src/schemas/tencent/policies.ts';

/** Hand issue interface: what the hand-written floor reports per issue (no message, no vendor code). */
export interface HandIssue {
  /** The rule id, as `validate()` names it. */
  readonly rule: string;
  /** The severity. */
  readonly severity: 'error' | 'warning';
  /** The wire path, as `validate()` gives it (a key the API lacks is `<redacted key N>`). */
  readonly path: readonly (string | number)[];
}

/** Hand report interface. */
export interface HandReport {
  /** Whether no issue is an error. */
  readonly ok: boolean;
  /** Every issue found, in `validate()`'s order. */
  readonly issues: HandIssue[];
}

type Issues = HandIssue[] | undefined;
type Path = readonly (string | number)[];

// The limits are read once from the vendor policies, so the floor cannot drift from the library's facts.
const PASSWORD = TENCENT_PASSWORD.linux;
const PASSWORD_MIN = PASSWORD.minLength;
const PASSWORD_MAX = PASSWORD.maxLength;
const PASSWORD_MIN_CLASSES = PASSWORD.minClasses;
const HOSTNAME = TENCENT_HOSTNAME.linux;
const HOSTNAME_MIN = HOSTNAME.minLength;
const HOSTNAME_MAX = HOSTNAME.maxLength;
const MAX_LABEL = HOSTNAME.maxLabelLength ?? Infinity;
const USERDATA_MAX = TENCENT_USERDATA.maxEncodedLength ?? Infinity;
const KEY_IDS_MAX = TENCENT_KEY_IDS.max;
const DISK_NAME_MAX = TENCENT_DISK_NAME.maxLength;
const INSTANCE_PREFIX = TENCENT_INSTANCE_ID.prefix ?? '';
const IMAGE_PREFIX = TENCENT_IMAGE_ID.prefix ?? '';
const KEY_PREFIX = TENCENT_KEY_ID.prefix ?? '';
const ID_LENGTH = TENCENT_INSTANCE_ID.length ?? 0;
const [KEEP_ON, KEEP_OFF, KEEP_ON_LOWER, KEEP_OFF_LOWER] = TENCENT_KEEP_IMAGE_LOGIN;
const DISK_TYPES: readonly string[] = TENCENT_DISK_TYPES;

/** 1 for each special character the Linux password accepts, by char code. */
const SPECIAL = new Uint8Array(128);
for (const char of PASSWORD.specials) SPECIAL[char.charCodeAt(0)] = 1;

// Every path a valid payload could need is a constant: only an issue at a key the API lacks or at a list index builds one.
const AT_ROOT: Path = [];
const AT_ACTION: Path = ['Action'];
const AT_VERSION: Path = ['Version'];
const AT_REGION: Path = ['Region'];
const AT_INSTANCE_ID: Path = ['InstanceId'];
const AT_IMAGE_ID: Path = ['ImageId'];
const AT_SYSTEM_DISK: Path = ['SystemDisk'];
const AT_DISK_SIZE: Path = ['SystemDisk', 'DiskSize'];
const AT_DISK_TYPE: Path = ['SystemDisk', 'DiskType'];
const AT_DISK_ID: Path = ['SystemDisk', 'DiskId'];
const AT_CDC_ID: Path = ['SystemDisk', 'CdcId'];
const AT_DISK_NAME: Path = ['SystemDisk', 'DiskName'];
const AT_ENCRYPT: Path = ['SystemDisk', 'Encrypt'];
const AT_KMS_KEY_ID: Path = ['SystemDisk', 'KmsKeyId'];
const AT_LOGIN: Path = ['LoginSettings'];
const AT_PASSWORD: Path = ['LoginSettings', 'Password'];
const AT_KEY_IDS: Path = ['LoginSettings', 'KeyIds'];
const AT_KEEP: Path = ['LoginSettings', 'KeepImageLogin'];
const AT_ENHANCED: Path = ['EnhancedService'];
const AT_SECURITY: Path = ['EnhancedService', 'SecurityService'];
const AT_MONITOR: Path = ['EnhancedService', 'MonitorService'];
const AT_AUTOMATION: Path = ['EnhancedService', 'AutomationService'];
const AT_SECURITY_ENABLED: Path = ['EnhancedService', 'SecurityService', 'Enabled'];
const AT_MONITOR_ENABLED: Path = ['EnhancedService', 'MonitorService', 'Enabled'];
const AT_AUTOMATION_ENABLED: Path = ['EnhancedService', 'AutomationService', 'Enabled'];
const AT_HOST_NAME: Path = ['HostName'];
const AT_USER_DATA: Path = ['UserData'];

/**
 * Inside `for (key in object)`, V8 folds `hasOwnProperty.call(object, key)` to `true` while the object's keys come
 * from its map's enum cache (a prototype chain without enumerable keys); `Object.hasOwn` it does not fold.
 */
const hasOwn = Object.prototype.hasOwnProperty;

function add(issues: Issues, rule: string, severity: 'error' | 'warning', path: Path): HandIssue[] {
  const issue: HandIssue = { rule, severity, path };
  if (issues === undefined) return [issue];
  issues.push(issue);
  return issues;
}

function unknown(issues: Issues, path: Path, position: number): HandIssue[] {
  return add(issues, 'parameter/unknown', 'error', [...path, `<redacted key ${position}>`]);
}

/** A plain object of any realm: not an array, not a class instance. */
function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return true;
  return Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]';
}

/** `undefined`, `null`, `[]` and `{}` (no own enumerable key) are absent. */
function present(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.length > 0;
  if (!isPlain(value)) return true;
  for (const key in value) if (hasOwn.call(value, key)) return true;
  return false;
}

/** `prefix` + 8 of `[a-z0-9]`: a wrong prefix is an error alone, the other faults have `shape` severity. */
function identifier(issues: Issues, value: string, prefix: string, path: Path, shape: 'error' | 'warning'): Issues {
  const length = value.length;
  const start = prefix.length;
  if (length > 4 * (start + ID_LENGTH) + 16) return add(issues, 'identifier/format', shape, path);
  if (!value.startsWith(prefix)) return add(issues, 'identifier/format', 'error', path);
  for (let index = start; index < length; index++) {
    const code = value.charCodeAt(index);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) {
      issues = add(issues, 'identifier/format', shape, path);
      break;
    }
  }
  return length - start === ID_LENGTH ? issues : add(issues, 'identifier/format', shape, path);
}

function password(issues: Issues, value: string): Issues {
  const length = value.length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
    issues = add(issues, 'password/length', 'error', AT_PASSWORD);
    if (length > 4 * PASSWORD_MAX) return issues;
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
  if (invalid) issues = add(issues, 'password/charset', 'error', AT_PASSWORD);
  if (lower + upper + digit + special < PASSWORD_MIN_CLASSES) issues = add(issues, 'password/classes', 'error', AT_PASSWORD);
  return issues;
}

function hostname(issues: Issues, value: string): Issues {
  const length = value.length;
  if (length < HOSTNAME_MIN || length > HOSTNAME_MAX) {
    issues = add(issues, 'hostname/length', 'error', AT_HOST_NAME);
    if (length > 4 * HOSTNAME_MAX) return issues;
  }
  if (length === 0) return issues;
  let charset = false;
  let consecutive = false;
  let longLabel = false;
  let label = 0;
  let separator = false;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    const isSeparator = code === 45 || code === 46;
    if (isSeparator && separator) consecutive = true;
    separator = isSeparator;
    if (code === 46) label = 0;
    else {
      if (++label > MAX_LABEL) longLabel = true;
      if (code !== 45 && !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) charset = true;
    }
  }
  if (charset) issues = add(issues, 'hostname/charset', 'error', AT_HOST_NAME);
  const first = value.charCodeAt(0);
  if (first === 45 || first === 46 || separator) issues = add(issues, 'hostname/edge', 'error', AT_HOST_NAME);
  if (consecutive) issues = add(issues, 'hostname/consecutive', 'error', AT_HOST_NAME);
  if (longLabel) issues = add(issues, 'hostname/label-length', 'warning', AT_HOST_NAME);
  return issues;
}

/** Strict base64 by native `atob` after the O(1) size gate: in Node 20 the fastest strict check measured. */
function userData(issues: Issues, value: string): Issues {
  const length = value.length;
  if (length > USERDATA_MAX) return add(issues, 'userdata/size', 'error', AT_USER_DATA);
  const remainder = length % 4;
  const padding = value.charCodeAt(length - 1) === 61 ? (value.charCodeAt(length - 2) === 61 ? 2 : 1) : 0;
  let valid = remainder !== 1 && (remainder === 0 || padding === 0);
  if (valid) {
    try {
      valid = atob(value).length === Math.max(0, Math.floor((length * 3) / 4) - padding);
    } catch {
      valid = false;
    }
  }
  if (!valid) return add(issues, 'userdata/base64', 'error', AT_USER_DATA);
  return remainder === 0 ? issues : add(issues, 'userdata/padding', 'warning', AT_USER_DATA);
}

/** More than `DISK_NAME_MAX` code points (a surrogate pair counting once), counted only past the UTF-16 gate. */
function diskNameTooLong(value: string): boolean {
  const length = value.length;
  if (length <= DISK_NAME_MAX) return false;
  if (length > 2 * DISK_NAME_MAX) return true;
  let count = 0;
  for (let index = 0; index < length; index++, count++) {
    const code = value.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
  }
  return count > DISK_NAME_MAX;
}

function optionalString(issues: Issues, value: unknown, path: Path): Issues {
  return typeof value === 'string' || !present(value) ? issues : add(issues, 'parameter/type', 'error', path);
}

function optionalBoolean(issues: Issues, value: unknown, path: Path): Issues {
  return typeof value === 'boolean' || !present(value) ? issues : add(issues, 'parameter/type', 'error', path);
}

function systemDisk(issues: Issues, disk: Record<string, unknown>): Issues {
  let size: unknown;
  let type: unknown;
  let diskId: unknown;
  let cdcId: unknown;
  let name: unknown;
  let encrypt: unknown;
  let kmsKeyId: unknown;
  let position = 0;
  for (const key in disk) {
    if (!hasOwn.call(disk, key)) continue;
    const value = disk[key];
    switch (key) {
      case 'DiskSize': size = value; break;
      case 'DiskType': type = value; break;
      case 'DiskId': diskId = value; break;
      case 'CdcId': cdcId = value; break;
      case 'DiskName': name = value; break;
      case 'Encrypt': encrypt = value; break;
      case 'KmsKeyId': kmsKeyId = value; break;
      default: if (value !== null) issues = unknown(issues, AT_SYSTEM_DISK, position);
    }
    position++;
  }
  if (typeof size === 'number') {
    if (!Number.isInteger(size)) issues = add(issues, 'parameter/type', 'error', AT_DISK_SIZE);
    else if (size <= 0) issues = add(issues, 'system-disk/size', 'error', AT_DISK_SIZE);
  } else if (present(size)) issues = add(issues, 'parameter/type', 'error', AT_DISK_SIZE);
  if (typeof type === 'string') {
    issues = DISK_TYPES.includes(type) ? add(issues, 'system-disk/type', 'warning', AT_DISK_TYPE) : add(issues, 'parameter/enum', 'error', AT_DISK_TYPE);
  } else if (present(type)) issues = add(issues, 'parameter/type', 'error', AT_DISK_TYPE);
  issues = optionalString(issues, diskId, AT_DISK_ID);
  issues = optionalString(issues, cdcId, AT_CDC_ID);
  if (typeof name === 'string') {
    if (diskNameTooLong(name)) issues = add(issues, 'parameter/length', 'warning', AT_DISK_NAME);
  } else if (present(name)) issues = add(issues, 'parameter/type', 'error', AT_DISK_NAME);
  issues = optionalBoolean(issues, encrypt, AT_ENCRYPT);
  issues = optionalString(issues, kmsKeyId, AT_KMS_KEY_ID);
  if (present(diskId)) issues = add(issues, 'parameter/unused', 'warning', AT_DISK_ID);
  if (present(encrypt)) issues = add(issues, 'parameter/unused', 'warning', AT_ENCRYPT);
  if (present(kmsKeyId)) issues = add(issues, 'parameter/unused', 'warning', AT_KMS_KEY_ID);
  return issues;
}

function keyIds(issues: Issues, keys: readonly unknown[]): Issues {
  const length = keys.length;
  if (length > KEY_IDS_MAX) issues = add(issues, 'parameter/count', 'error', AT_KEY_IDS);
  const walked = length > KEY_IDS_MAX ? KEY_IDS_MAX : length;
  for (let index = 0; index < walked; index++) {
    const key = keys[index];
    if (typeof key === 'string') issues = identifier(issues, key, KEY_PREFIX, ['LoginSettings', 'KeyIds', index], 'error');
    else issues = add(issues, 'parameter/type', 'error', ['LoginSettings', 'KeyIds', index]);
  }
  return issues;
}

function loginSettings(issues: Issues, login: Record<string, unknown>): Issues {
  let secret: unknown;
  let keys: unknown;
  let keep: unknown;
  let position = 0;
  for (const key in login) {
    if (!hasOwn.call(login, key)) continue;
    const value = login[key];
    switch (key) {
      case 'Password': secret = value; break;
      case 'KeyIds': keys = value; break;
      case 'KeepImageLogin': keep = value; break;
      default: if (value !== null) issues = unknown(issues, AT_LOGIN, position);
    }
    position++;
  }
  if (typeof secret === 'string') issues = password(issues, secret);
  else if (present(secret)) issues = add(issues, 'parameter/type', 'error', AT_PASSWORD);
  const hasKeys = present(keys);
  if (hasKeys) issues = Array.isArray(keys) ? keyIds(issues, keys) : add(issues, 'parameter/type', 'error', AT_KEY_IDS);
  if (typeof keep === 'string') {
    if (keep !== KEEP_ON && keep !== KEEP_OFF && keep !== KEEP_ON_LOWER && keep !== KEEP_OFF_LOWER) issues = add(issues, 'parameter/enum', 'error', AT_KEEP);
  } else if (present(keep)) issues = add(issues, 'parameter/type', 'error', AT_KEEP);
  // At most one login method: each after the first conflicts, at its own path.
  const hasPassword = present(secret);
  if (hasPassword && hasKeys) issues = add(issues, 'credentials/conflict', 'error', AT_KEY_IDS);
  if ((hasPassword || hasKeys) && (keep === KEEP_ON || keep === KEEP_ON_LOWER)) issues = add(issues, 'credentials/conflict', 'error', AT_KEEP);
  return issues;
}

function service(issues: Issues, value: unknown, path: Path, enabledPath: Path): Issues {
  if (!present(value)) return issues;
  if (!isPlain(value)) return add(issues, 'parameter/type', 'error', path);
  let enabled: unknown;
  let position = 0;
  for (const key in value) {
    if (!hasOwn.call(value, key)) continue;
    const item = value[key];
    if (key === 'Enabled') enabled = item;
    else if (item !== null) issues = unknown(issues, path, position);
    position++;
  }
  return optionalBoolean(issues, enabled, enabledPath);
}

function enhancedService(issues: Issues, services: Record<string, unknown>): Issues {
  let security: unknown;
  let monitor: unknown;
  let automation: unknown;
  let position = 0;
  for (const key in services) {
    if (!hasOwn.call(services, key)) continue;
    const value = services[key];
    switch (key) {
      case 'SecurityService': security = value; break;
      case 'MonitorService': monitor = value; break;
      case 'AutomationService': automation = value; break;
      default: if (value !== null) issues = unknown(issues, AT_ENHANCED, position);
    }
    position++;
  }
  issues = service(issues, security, AT_SECURITY, AT_SECURITY_ENABLED);
  issues = service(issues, monitor, AT_MONITOR, AT_MONITOR_ENABLED);
  return service(issues, automation, AT_AUTOMATION, AT_AUTOMATION_ENABLED);
}

function object(issues: Issues, value: unknown, path: Path, walk: (issues: Issues, value: Record<string, unknown>) => Issues): Issues {
  if (!present(value)) return issues;
  return isPlain(value) ? walk(issues, value) : add(issues, 'parameter/type', 'error', path);
}

function check(payload: unknown): HandReport {
  if (!isPlain(payload)) return { ok: false, issues: [{ rule: 'parameter/type', severity: 'error', path: AT_ROOT }] };
  let issues: Issues;
  let action: unknown;
  let version: unknown;
  let region: unknown;
  let instance: unknown;
  let image: unknown;
  let disk: unknown;
  let login: unknown;
  let services: unknown;
  let host: unknown;
  let data: unknown;
  let position = 0;
  for (const key in payload) {
    if (!hasOwn.call(payload, key)) continue;
    const value = payload[key];
    switch (key) {
      case 'Action': action = value; break;
      case 'Version': version = value; break;
      case 'Region': region = value; break;
      case 'InstanceId': instance = value; break;
      case 'ImageId': image = value; break;
      case 'SystemDisk': disk = value; break;
      case 'LoginSettings': login = value; break;
      case 'EnhancedService': services = value; break;
      case 'HostName': host = value; break;
      case 'UserData': data = value; break;
      default: if (value !== null) issues = unknown(issues, AT_ROOT, position);
    }
    position++;
  }
  if (typeof action === 'string') {
    if (action !== 'ResetInstance') issues = add(issues, 'parameter/enum', 'error', AT_ACTION);
  } else if (present(action)) issues = add(issues, 'parameter/type', 'error', AT_ACTION);
  if (typeof version === 'string') {
    if (version !== '2017-03-12') issues = add(issues, 'parameter/enum', 'error', AT_VERSION);
  } else if (present(version)) issues = add(issues, 'parameter/type', 'error', AT_VERSION);
  issues = optionalString(issues, region, AT_REGION);
  if (typeof instance === 'string') issues = identifier(issues, instance, INSTANCE_PREFIX, AT_INSTANCE_ID, 'error');
  else issues = add(issues, present(instance) ? 'parameter/type' : 'parameter/required', 'error', AT_INSTANCE_ID);
  if (typeof image === 'string') issues = identifier(issues, image, IMAGE_PREFIX, AT_IMAGE_ID, 'warning');
  else if (present(image)) issues = add(issues, 'parameter/type', 'error', AT_IMAGE_ID);
  issues = object(issues, disk, AT_SYSTEM_DISK, systemDisk);
  issues = object(issues, login, AT_LOGIN, loginSettings);
  issues = object(issues, services, AT_ENHANCED, enhancedService);
  if (typeof host === 'string') issues = hostname(issues, host);
  else if (present(host)) issues = add(issues, 'parameter/type', 'error', AT_HOST_NAME);
  if (typeof data === 'string') issues = userData(issues, data);
  else if (present(data)) issues = add(issues, 'parameter/type', 'error', AT_USER_DATA);
  if (issues === undefined) return { ok: true, issues: [] };
  let ok = true;
  for (let index = 0; index < issues.length; index++) if ((issues[index] as HandIssue).severity === 'error') ok = false;
  return { ok, issues };
}

/**
 * The benchmark's floor: the Tencent API 3.0 `ResetInstance` rules for a Linux image, written as fast as they can
 * be written by hand. It reports exactly the rule ids, severities, paths and order of
 * `validate('tencent.cvm.ResetInstance', payload, { os: 'linux' })` (test/bench/floorAgreement.prop.test.ts holds
 * them equal), without messages or vendor codes. How: one `for…in` with a `switch` per object level into named
 * locals (no `Object.keys`, no `Set`, no `Object.hasOwn`), constant paths, type and length gates before any scan,
 * native `atob` for base64, and no allocation on the valid path but the result itself. A payload whose reads throw
 * is one `parameter/type` issue at `[]`, as in `validate()`.
 *
 * @param payload The payload.
 *
 * @returns Whether it passes, and every issue.
 */
export function handTencent(payload: unknown): HandReport {
  try {
    return check(payload);
  } catch {
    return { ok: false, issues: [{ rule: 'parameter/type', severity: 'error', path: AT_ROOT }] };
  }
}
