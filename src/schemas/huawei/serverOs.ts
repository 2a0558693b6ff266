import type { Finding, Os } from '../../rules/finding.ts';
import type { FieldMap, PayloadSpec } from '../../engine/spec/types.ts';
import { inspectBase64 } from '../../rules/base64/index.ts';
import { checkCredentials } from '../../rules/credentials/index.ts';
import { checkHexIdentifier } from '../../rules/identifier/checkHexIdentifier.ts';
import { checkIdentifier } from '../../rules/identifier/index.ts';
import { checkRequiredWhenEmpty } from '../../rules/parameter/index.ts';
import { checkPasswordUsername } from '../../rules/password/checkPasswordUsername.ts';
import { checkPassword } from '../../rules/password/index.ts';
import { checkCloudInitFraming } from '../../rules/userdata/checkCloudInitFraming.ts';
import { byOs } from '../../engine/spec/byOs.ts';
import { isPlainObject, isPresent, own } from '../../engine/spec/values.ts';
import {
  HUAWEI_ADMIN_NAME,
  HUAWEI_AUTO_PAY,
  HUAWEI_BYOL,
  HUAWEI_CMK_ID,
  HUAWEI_CREDENTIALS,
  HUAWEI_ENCRYPTED,
  HUAWEI_IMAGE_ID,
  HUAWEI_MODE,
  HUAWEI_PASSWORD,
  HUAWEI_PROJECT_ID,
  HUAWEI_SERVER_ID,
  HUAWEI_USER_DATA_WHEN_EMPTY,
  HUAWEI_USER_ID,
  HUAWEI_USERDATA,
  HUAWEI_WINDOWS_DISPUTED_FIRST,
} from './policies.ts';

/** Which operation a spec describes: reinstall or change OS, with Cloud-Init (v2) or without (v1) (docs/vendors/huawei.md#body-shapes). */
type Profile = 'reinstall-v2' | 'change-v2' | 'reinstall-v1' | 'change-v1';

/**
 * The password rules of one OS: length, characters, classes, and the administrator's name; on Windows a
 * leading `/` warns (the user guides' rule only) unless the characters already have a finding.
 */
function passwordFindings(os: Os, value: string): readonly Finding[] {
  // The rules' results are read, never added to: a valid password's are the shared empty one, returned as it is.
  const findings = checkPassword(os === 'windows' ? HUAWEI_PASSWORD.windows : HUAWEI_PASSWORD.linux, value);
  const disputedFirst = os === 'windows' && value !== '' && HUAWEI_WINDOWS_DISPUTED_FIRST.includes(value.charAt(0)) && !findings.some((finding) => finding.rule === 'password/charset');
  const username = checkPasswordUsername(os === 'windows' ? HUAWEI_ADMIN_NAME.windows : HUAWEI_ADMIN_NAME.linux, value);
  if (!disputedFirst && username.length === 0) return findings;
  const first: readonly Finding[] = disputedFirst
    ? [{ rule: 'password/charset', severity: 'warning', params: { allowed: HUAWEI_PASSWORD.windows.specials, first: HUAWEI_WINDOWS_DISPUTED_FIRST } }]
    : [];
  return [...findings, ...first, ...username];
}

/**
 * Checks `metadata.user_data`: strict Base64 and the decoded size first, then, on Linux, the Cloud-Init
 * format marker of the decoded content (warnings only; Windows documents no framing).
 */
function userDataFindings(value: string, os: Os | undefined): Finding[] {
  const { findings, decoded } = inspectBase64(HUAWEI_USERDATA, value);
  if (decoded === undefined) return findings;
  return [...findings, ...byOs(os, (target) => (target === 'linux' ? checkCloudInitFraming(decoded) : []))];
}

/** A value other than the listed ones, where the readings differ on what the server does with it: a warning. */
const disputedEnum =
  (allowed: readonly string[]) =>
  (value: string): Finding[] =>
    allowed.includes(value) ? [] : [{ rule: 'parameter/enum', severity: 'warning', params: { allowed: [...allowed] } }];

/**
 * `__system__encrypted` and `__system__cmkid` work together: a key id without `"1"`, or `"1"` without a key
 * id, is a warning (the texts do not say what the server does with one alone; docs/vendors/huawei.md#system-disk-encryption).
 */
function encryptionFindings(metadata: Readonly<Record<string, unknown>>): Finding[] {
  const encrypted = own(metadata, '__system__encrypted');
  const keyGiven = isPresent(own(metadata, '__system__cmkid'));
  if (keyGiven && !isPresent(encrypted)) {
    return [{ rule: 'parameter/required', severity: 'warning', params: { name: '__system__encrypted' }, path: ['__system__encrypted'] }];
  }
  if (keyGiven && encrypted === '0') {
    return [{ rule: 'parameter/enum', severity: 'warning', params: { allowed: ['1'] }, path: ['__system__encrypted'] }];
  }
  if (encrypted === '1' && !keyGiven) {
    return [{ rule: 'parameter/required', severity: 'warning', params: { name: '__system__cmkid' }, path: ['__system__cmkid'] }];
  }
  return [];
}

/**
 * The rules across the body's members (docs/vendors/huawei.md#credentials): `adminpass` and `keyname` not both;
 * v2 needs `metadata.user_data` when both are empty, v1 one of the two; on Linux a password beside user data is
 * ignored; v2 warns about a key pair without `userid`. Paths are relative to the body.
 */
const bodyFindings =
  (profile: Profile) =>
  (body: Readonly<Record<string, unknown>>, context: { readonly os: Os | undefined }): Finding[] => {
    const given = HUAWEI_CREDENTIALS.filter((name) => isPresent(own(body, name))).map((name) => ({ name, path: [name] }));
    const v2 = profile === 'reinstall-v2' || profile === 'change-v2';
    const findings = checkCredentials(v2 ? 'at-most-one' : 'exactly-one', given, HUAWEI_CREDENTIALS);
    const metadata = own(body, 'metadata');
    const userData = v2 && isPlainObject(metadata) && isPresent(own(metadata, 'user_data'));
    if (v2) {
      findings.push(...checkRequiredWhenEmpty(HUAWEI_USER_DATA_WHEN_EMPTY, [...given.map(({ name }) => name), ...(userData ? [HUAWEI_USER_DATA_WHEN_EMPTY.name] : [])]));
      if (isPresent(own(body, 'keyname')) && !isPresent(own(body, 'userid'))) {
        findings.push({ rule: 'parameter/required', severity: 'warning', params: { name: 'userid' }, path: ['userid'] });
      }
    }
    if (userData && isPresent(own(body, 'adminpass'))) {
      findings.push(
        ...byOs(context.os, (os) =>
          os === 'linux' ? [{ rule: 'credentials/ignored', severity: 'warning', params: { name: 'adminpass', reason: 'user-data' }, path: ['adminpass'] }] : [],
        ),
      );
    }
    return findings;
  };

/**
 * `keyname` on Windows: the v1 change-OS page allows passwords only (an error); for the v1 reinstall that text
 * was not read in full (a warning); v2 says nothing against it (docs/vendors/huawei.md#credentials).
 */
function keynameFindings(profile: Profile, os: Os | undefined): readonly Finding[] {
  if (profile !== 'change-v1' && profile !== 'reinstall-v1') return [];
  const severity = profile === 'change-v1' ? 'error' : 'warning';
  return byOs(os, (target) => (target === 'windows' ? [{ rule: 'credentials/unsupported', severity, params: { name: 'keyname' } }] : []));
}

// Pure, so a bundle that imports one of the four specs drops the others.
// @__NO_SIDE_EFFECTS__
function fields(profile: Profile): FieldMap {
  const v2 = profile === 'reinstall-v2' || profile === 'change-v2';
  const change = profile === 'change-v2' || profile === 'change-v1';
  const metadata: FieldMap = {
    ...(v2 ? { user_data: { type: 'string', check: (value, context) => userDataFindings(value, context.os) } } : {}),
    __system__encrypted: { type: 'string', enum: HUAWEI_ENCRYPTED },
    __system__cmkid: { type: 'string', check: (value) => checkIdentifier(HUAWEI_CMK_ID, value) },
    BYOL: { type: 'string', check: disputedEnum(HUAWEI_BYOL) },
  };
  const body: FieldMap = {
    ...(change ? { imageid: { type: 'string', required: true, check: (value) => checkHexIdentifier(HUAWEI_IMAGE_ID, value) } } : {}),
    adminpass: { type: 'string', check: (value, context) => byOs(context.os, passwordFindings, value) },
    keyname: { type: 'string', check: (_value, context) => keynameFindings(profile, context.os) },
    userid: { type: 'string', check: (value) => checkHexIdentifier(HUAWEI_USER_ID, value) },
    metadata: { type: 'object', fields: metadata, check: encryptionFindings },
    mode: { type: 'string', enum: HUAWEI_MODE },
    ...(change ? { isAutoPay: { type: 'string', check: disputedEnum(HUAWEI_AUTO_PAY) } } : {}),
  };
  return {
    project_id: { type: 'string', required: true, check: (value) => checkHexIdentifier(HUAWEI_PROJECT_ID, value) },
    server_id: { type: 'string', required: true, check: (value) => checkHexIdentifier(HUAWEI_SERVER_ID, value) },
    [change ? 'os-change' : 'os-reinstall']: { type: 'object', required: true, fields: body, check: bodyFindings(profile) },
  };
}

/**
 * The payload spec of Huawei Cloud ECS `ReinstallServerWithCloudInit` (`POST /v2/{project_id}/cloudservers/{server_id}/reinstallos`):
 * the path parameters `project_id` and `server_id` beside the body member `os-reinstall`. Unknown members warn.
 * Descriptions and vendor codes are in `REINSTALL_SERVER_WITH_CLOUD_INIT_ABOUT`.
 */
export const REINSTALL_SERVER_WITH_CLOUD_INIT: PayloadSpec = { fields: fields('reinstall-v2'), unknownSeverity: 'warning', checks: [] };

/**
 * The payload spec of Huawei Cloud ECS `ChangeServerOsWithCloudInit` (`POST /v2/{project_id}/cloudservers/{server_id}/changeos`):
 * the path parameters beside the body member `os-change`, which requires `imageid`.
 */
export const CHANGE_SERVER_OS_WITH_CLOUD_INIT: PayloadSpec = { fields: fields('change-v2'), unknownSeverity: 'warning', checks: [] };

/**
 * The payload spec of Huawei Cloud ECS `ReinstallServerWithoutCloudInit` (`POST /v1/.../reinstallos`), for images without
 * Cloud-Init: no `metadata.user_data`, and one of `adminpass` and `keyname` required.
 */
export const REINSTALL_SERVER_WITHOUT_CLOUD_INIT: PayloadSpec = { fields: fields('reinstall-v1'), unknownSeverity: 'warning', checks: [] };

/**
 * The payload spec of Huawei Cloud ECS `ChangeServerOsWithoutCloudInit` (`POST /v1/.../changeos`): as the v1 reinstall, with
 * the required `imageid` and `isAutoPay`; a key pair on Windows is refused.
 */
export const CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT: PayloadSpec = { fields: fields('change-v1'), unknownSeverity: 'warning', checks: [] };
