import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Os } from '../../src/rules/finding.ts';
import type { PasswordPolicy } from '../../src/rules/password/index.ts';
import { validate } from '../../src/validate.ts';
import { validateLocated } from '../../src/validateLocated.ts';
import { createSchema } from '../../src/engine/createSchema.ts';
import {
  CHANGE_SERVER_OS_WITH_CLOUD_INIT,
  CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT,
  REINSTALL_SERVER_WITH_CLOUD_INIT,
  REINSTALL_SERVER_WITHOUT_CLOUD_INIT,
} from '../../src/schemas/huawei/serverOs.ts';
import {
  HUAWEI_ADMIN_NAME,
  HUAWEI_BYOL,
  HUAWEI_CMK_ID,
  HUAWEI_ENCRYPTED,
  HUAWEI_MODE,
  HUAWEI_PASSWORD,
  HUAWEI_USERDATA,
} from '../../src/schemas/huawei/policies.ts';
import { anyValue, validateUnchanged } from './support/invariants.ts';
import { numRuns } from './support/numRuns.ts';
import { errorKeys, reportKeys, schemaKeys } from './support/issueKeys.ts';
import { DIGITS, LOWER, UPPER, stringOf, validPassword } from './support/strings.ts';

type TargetOs = Os | undefined;
type Payload = Record<string, unknown>;
type Body = Record<string, unknown>;

const R2 = 'huawei.ecs.ReinstallServerWithCloudInit';
const C2 = 'huawei.ecs.ChangeServerOsWithCloudInit';
const R1 = 'huawei.ecs.ReinstallServerWithoutCloudInit';
const C1 = 'huawei.ecs.ChangeServerOsWithoutCloudInit';
type Api = typeof R2 | typeof C2 | typeof R1 | typeof C1;
const APIS: readonly Api[] = [R2, C2, R1, C1];
const SPECS = { [R2]: REINSTALL_SERVER_WITH_CLOUD_INIT, [C2]: CHANGE_SERVER_OS_WITH_CLOUD_INIT, [R1]: REINSTALL_SERVER_WITHOUT_CLOUD_INIT, [C1]: CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT } as const;
const isChange = (api: Api) => api === C2 || api === C1;
const isV2 = (api: Api) => api === R2 || api === C2;
const bodyOf = (api: Api) => (isChange(api) ? 'os-change' : 'os-reinstall');

const OSES: readonly TargetOs[] = ['linux', 'windows', undefined];
const osArb = fc.constantFrom(...OSES);
const optionsFor = (os: TargetOs) => (os ? { os } : {});

// The parts of each administrator name a password must not hold, in any case, written out from
// docs/vendors/huawei.md#admin-name rather than taken from the rule function.
const runsOf = (name: string, run: number) => Array.from({ length: name.length - run + 1 }, (_, index) => name.slice(index, index + run));
const reversed = (text: string) => [...text].reverse().join('');
const BANNED = [HUAWEI_ADMIN_NAME.linux.name, reversed(HUAWEI_ADMIN_NAME.linux.name), reversed(HUAWEI_ADMIN_NAME.windows.name), ...runsOf(HUAWEI_ADMIN_NAME.windows.name, 3)].map((part) =>
  part.toLowerCase(),
);
const noAdminName = (value: string) => !BANNED.some((part) => value.toLowerCase().includes(part));

/** With the OS unknown a password must pass both OS policies: their common specials only. */
function passwordPolicy(os: TargetOs): PasswordPolicy {
  if (os) return HUAWEI_PASSWORD[os];
  const specials = [...HUAWEI_PASSWORD.linux.specials].filter((char) => HUAWEI_PASSWORD.windows.specials.includes(char)).join('');
  return { ...HUAWEI_PASSWORD.linux, specials };
}

/** Valid passwords for the OS, the length bounds drawn on purpose. */
function password(os: TargetOs): fc.Arbitrary<string> {
  const policy = passwordPolicy(os);
  return fc.oneof(
    validPassword(policy, { accept: noAdminName }),
    validPassword(policy, { minLength: policy.minLength, maxLength: policy.minLength, accept: noAdminName }),
    validPassword(policy, { minLength: policy.maxLength, maxLength: policy.maxLength, accept: noAdminName }),
  );
}

const HEX = `${DIGITS}abcdef`;
const hex = (length: number) => stringOf(HEX, length, length);
const uuid = fc.uuid();
const keyName = stringOf(`${LOWER}${UPPER}${DIGITS}_-`, 1, 20);
const encode = (text: string | Uint8Array) => Buffer.from(text).toString('base64');
const maxBytes = HUAWEI_USERDATA.maxDecodedBytes ?? 0;

/** User data Cloud-Init recognizes: a script or cloud-config, sometimes exactly at the size limit, sometimes gzip. */
const userData = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('#!/bin/bash\n', '#cloud-config\n', '#!/usr/bin/env python3\n', 'Content-Type: multipart/mixed\n'), fc.string({ maxLength: 40 })).map(([head, body]) => encode(head + body)) },
  { weight: 1, arbitrary: fc.constant(encode(`#!/bin/bash\n${'e'.repeat(maxBytes - 12)}`)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 24 }).map((bytes) => encode(Uint8Array.from([0x1f, 0x8b, ...bytes]))) },
);

/** Encryption settings that go together: both members or neither. */
const encryption = fc.oneof(
  fc.constant({}),
  uuid.map((cmk) => ({ __system__encrypted: '1', __system__cmkid: cmk })),
  fc.constant({ __system__encrypted: '0' }),
);

/** Valid bodies of an API for an OS: exactly one login way (v2 user data alone too), drawn from the policies. */
function validBody(api: Api, os: TargetOs): fc.Arbitrary<Body> {
  const login: fc.Arbitrary<Body>[] = [password(os).map((adminpass) => ({ adminpass }))];
  // A key pair on Windows is refused by the v1 change OS and disputed for the v1 reinstall.
  if (os === 'linux' || isV2(api)) login.push(fc.tuple(keyName, hex(32)).map(([keyname, userid]) => ({ keyname, userid })));
  if (isV2(api)) login.push(fc.constant({}));
  return fc
    .record(
      {
        login: fc.oneof(...login),
        userData: isV2(api) ? fc.option(userData, { nil: undefined }) : fc.constant(undefined),
        encryption,
        byol: fc.option(fc.constantFrom(...HUAWEI_BYOL), { nil: undefined }),
        mode: fc.option(fc.constantFrom(...HUAWEI_MODE), { nil: undefined }),
        imageid: uuid,
        isAutoPay: fc.option(fc.constantFrom('true', 'false'), { nil: undefined }),
      },
      { requiredKeys: ['login', 'userData', 'encryption', 'byol', 'mode', 'imageid', 'isAutoPay'] },
    )
    .map(({ login: given, userData: data, encryption: disk, byol, mode, imageid, isAutoPay }) => {
      // v2 with no password and no key pair needs the user data.
      const user = Object.keys(given).length === 0 ? (data ?? encode('#cloud-config\n')) : data;
      const metadata = { ...disk, ...(byol ? { BYOL: byol } : {}), ...(user ? { user_data: user } : {}) };
      return {
        ...(isChange(api) ? { imageid } : {}),
        ...given,
        ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
        ...(mode ? { mode } : {}),
        ...(isChange(api) && isAutoPay ? { isAutoPay } : {}),
      };
    });
}

function validPayload(api: Api, os: TargetOs): fc.Arbitrary<Payload> {
  return fc.tuple(hex(32), uuid, validBody(api, os)).map(([project_id, server_id, body]) => ({ project_id, server_id, [bodyOf(api)]: body }));
}

const setTop = (key: string, value: unknown) => (payload: Payload): Payload => ({ ...payload, [key]: value });
const removeTop = (key: string) => (payload: Payload): Payload => {
  const copy = { ...payload };
  delete copy[key];
  return copy;
};
const body = (api: Api, change: (current: Body) => Body) => (payload: Payload): Payload => ({ ...payload, [bodyOf(api)]: change(payload[bodyOf(api)] as Body) });
/** Sets the password as the only login way, the user data dropped (so nothing else is ignored or missing). */
const onlyPassword = (api: Api, value: unknown) =>
  body(api, ({ keyname: _k, userid: _u, metadata: _m, ...rest }) => ({ ...rest, adminpass: value }));
const metadataWith = (api: Api, extra: Body) => body(api, (current) => ({ ...current, metadata: { ...(current['metadata'] as Body | undefined), ...extra } }));
const withoutLogin = (api: Api) => body(api, ({ adminpass: _a, keyname: _k, userid: _u, metadata, ...rest }) => {
  const { user_data: _d, ...disk } = (metadata as Body | undefined) ?? {};
  // `mode` keeps the body non-empty: an empty body is absent, a parameter/required of its own.
  return Object.keys(disk).length > 0 ? { ...rest, mode: 'withStopServer', metadata: disk } : { ...rest, mode: 'withStopServer' };
});

interface Fault {
  readonly name: string;
  readonly rule: string;
  /** The path below the body member (`body`), or a top-level path. */
  readonly path: (api: Api) => readonly (string | number)[];
  /** The OS the fault is an error for; with the OS unknown only faults that fail for both OS are listed. */
  readonly os: readonly TargetOs[];
  /** The APIs it applies to. */
  readonly apis: readonly Api[];
  readonly mutate: (api: Api, os: TargetOs) => fc.Arbitrary<(payload: Payload) => Payload>;
}

const inBody = (...rest: (string | number)[]) => (api: Api) => [bodyOf(api), ...rest];
const top = (name: string) => () => [name];
const shortPassword = (os: TargetOs) => validPassword(passwordPolicy(os), { minLength: 4, maxLength: 7, accept: noAdminName });

/** One fault per rule; each breaks exactly that rule of an otherwise valid payload. */
const FAULTS: readonly Fault[] = [
  { name: 'missing project_id', rule: 'parameter/required', path: top('project_id'), os: OSES, apis: APIS, mutate: () => fc.constant(removeTop('project_id')) },
  { name: 'missing body', rule: 'parameter/required', path: inBody(), os: OSES, apis: APIS, mutate: (api) => fc.constant(removeTop(bodyOf(api))) },
  { name: 'missing imageid', rule: 'parameter/required', path: inBody('imageid'), os: OSES, apis: [C2, C1], mutate: (api) => fc.constant(body(api, ({ imageid: _i, ...rest }) => rest)) },
  { name: 'server_id moves the URL', rule: 'identifier/format', path: top('server_id'), os: OSES, apis: APIS, mutate: () => fc.tuple(uuid, fc.constantFrom('/', '?x=1', '#', '%2F', ' ', '')).map(([id, bad]) => setTop('server_id', bad === '' ? '' : id + bad)) },
  { name: 'project_id moves the URL', rule: 'identifier/format', path: top('project_id'), os: OSES, apis: APIS, mutate: () => fc.tuple(hex(32), fc.constantFrom('/../', '?', '\n')).map(([id, bad]) => setTop('project_id', id + bad)) },
  { name: 'imageid not a UUID', rule: 'identifier/format', path: inBody('imageid'), os: OSES, apis: [C2, C1], mutate: (api) => fc.constantFrom('ubuntu-22.04', '67f433d8ed0e4321a8a2a71838539e09', '').map((imageid) => body(api, (current) => ({ ...current, imageid }))) },
  { name: 'cmkid length', rule: 'identifier/format', path: inBody('metadata', '__system__cmkid'), os: OSES, apis: APIS, mutate: (api) => stringOf(HEX, 1, 35).map((cmk) => metadataWith(api, { __system__encrypted: '1', __system__cmkid: cmk })) },
  { name: 'adminpass not a string', rule: 'parameter/type', path: inBody('adminpass'), os: OSES, apis: APIS, mutate: (api) => fc.constantFrom(12345678, true, ['Cloud@2026x']).map((value) => onlyPassword(api, value)) },
  { name: 'metadata not an object', rule: 'parameter/type', path: inBody('metadata'), os: OSES, apis: APIS, mutate: (api, os) => fc.tuple(password(os), fc.constantFrom('x', 1, ['a'])).map(([adminpass, metadata]) => body(api, ({ keyname: _k, userid: _u, ...rest }) => ({ ...rest, adminpass, metadata }))) },
  { name: 'mode spelling', rule: 'parameter/enum', path: inBody('mode'), os: OSES, apis: APIS, mutate: (api) => fc.constantFrom('withstopserver', 'stop', '').map((mode) => body(api, (current) => ({ ...current, mode }))) },
  { name: 'encrypted value', rule: 'parameter/enum', path: inBody('metadata', '__system__encrypted'), os: OSES, apis: APIS, mutate: (api) => fc.constantFrom('true', '2', '').map((value) => metadataWith(api, { __system__encrypted: value, __system__cmkid: '83cdb52d-9ebf-4469-9cfa-e7b5b80da846' })) },
  { name: 'password too short', rule: 'password/length', path: inBody('adminpass'), os: OSES, apis: APIS, mutate: (api, os) => shortPassword(os).map((value) => onlyPassword(api, value)) },
  { name: 'password too long', rule: 'password/length', path: inBody('adminpass'), os: OSES, apis: APIS, mutate: (api, os) => validPassword(passwordPolicy(os), { minLength: 27, maxLength: 40, accept: noAdminName }).map((value) => onlyPassword(api, value)) },
  { name: 'password character no reading allows', rule: 'password/charset', path: inBody('adminpass'), os: OSES, apis: APIS, mutate: (api, os) => fc.tuple(validPassword(passwordPolicy(os), { maxLength: 25, accept: noAdminName }), fc.constantFrom(' ', '"', '&', "'", ';', '<', '>', '\\', '`', '|', 'é', '中')).map(([value, bad]) => onlyPassword(api, value + bad)) },
  { name: 'Linux password with ( )', rule: 'password/charset', path: inBody('adminpass'), os: ['linux'], apis: APIS, mutate: (api) => fc.tuple(validPassword(HUAWEI_PASSWORD.linux, { maxLength: 25, accept: noAdminName }), fc.constantFrom('(', ')')).map(([value, bad]) => onlyPassword(api, value + bad)) },
  { name: 'password classes', rule: 'password/classes', path: inBody('adminpass'), os: OSES, apis: APIS, mutate: (api) => fc.constantFrom(LOWER + DIGITS, UPPER + LOWER, DIGITS + '!@%', LOWER).chain((chars) => stringOf(chars, 8, 26).filter(noAdminName)).map((value) => onlyPassword(api, value)) },
  {
    name: 'Windows password with a run of Administrator',
    rule: 'password/contains-username',
    path: inBody('adminpass'),
    os: ['windows'],
    apis: APIS,
    mutate: (api) =>
      fc
        .tuple(validPassword(HUAWEI_PASSWORD.windows, { maxLength: 13, accept: noAdminName }), fc.constantFrom(...runsOf('Administrator', 3), 'rotartsinimdA', 'Administrator'), fc.nat())
        .map(([value, part, at]) => value.slice(0, at % (value.length + 1)) + part + value.slice(at % (value.length + 1)))
        .map((value) => onlyPassword(api, value)),
  },
  { name: 'adminpass and keyname', rule: 'credentials/conflict', path: inBody('keyname'), os: ['linux'], apis: APIS, mutate: (api, os) => fc.tuple(password(os), keyName, hex(32)).map(([adminpass, keyname, userid]) => body(api, (current) => ({ ...current, adminpass, keyname, userid }))) },
  { name: 'no login way, no user data', rule: 'parameter/required-when-empty', path: inBody('metadata', 'user_data'), os: OSES, apis: [R2, C2], mutate: (api) => fc.constant(withoutLogin(api)) },
  { name: 'v1 without adminpass or keyname', rule: 'credentials/missing', path: inBody('adminpass'), os: OSES, apis: [R1, C1], mutate: (api) => fc.constant(withoutLogin(api)) },
  { name: 'v1 change OS with a key pair on Windows', rule: 'credentials/unsupported', path: inBody('keyname'), os: ['windows'], apis: [C1], mutate: (api) => keyName.map((keyname) => body(api, ({ adminpass: _a, ...rest }) => ({ ...rest, keyname }))) },
  { name: 'user data not Base64', rule: 'userdata/base64', path: inBody('metadata', 'user_data'), os: OSES, apis: [R2, C2], mutate: (api) => fc.constantFrom('IyEvYmluL2Jhc2gK-_', 'IyEvYmlu\nL2Jhc2gK', 'IyEvYmluL2Jhc2gKZ', '=IyEvYmlu').map((value) => metadataWith(api, { user_data: value })) },
  { name: 'user data over 32 KB decoded', rule: 'userdata/size', path: inBody('metadata', 'user_data'), os: OSES, apis: [R2, C2], mutate: (api) => fc.integer({ min: maxBytes + 1, max: maxBytes + 3 }).map((bytes) => metadataWith(api, { user_data: encode(`#!/bin/bash\n${'e'.repeat(bytes - 12)}`) })) },
];

/** Faults the server accepts (or that only some readings reject): the payload stays ok and the warning is reported where the fix belongs. */
const WARNINGS: readonly (Omit<Fault, 'os' | 'apis'> & { readonly os: TargetOs; readonly api: Api })[] = [
  { name: 'unknown member', rule: 'parameter/unknown', path: inBody('imageId'), os: 'linux', api: R2, mutate: (api) => fc.constant(body(api, (current) => ({ ...current, imageId: 'x' }))) },
  { name: 'user data on v1', rule: 'parameter/unknown', path: inBody('metadata', 'user_data'), os: 'linux', api: R1, mutate: (api) => fc.constant(metadataWith(api, { user_data: encode('#cloud-config\n') })) },
  { name: 'server_id not a UUID', rule: 'identifier/format', path: top('server_id'), os: undefined, api: R2, mutate: () => fc.constant(setTop('server_id', 'srv-123')) },
  { name: 'userid not 32 hex digits', rule: 'identifier/format', path: inBody('userid'), os: 'linux', api: R2, mutate: (api) => fc.constant(body(api, ({ adminpass: _a, ...rest }) => ({ ...rest, keyname: 'k', userid: 'user-1' }))) },
  { name: 'key pair without userid', rule: 'parameter/required', path: inBody('userid'), os: 'linux', api: C2, mutate: (api) => fc.constant(body(api, ({ adminpass: _a, userid: _u, ...rest }) => ({ ...rest, keyname: 'k' }))) },
  { name: 'disputed Linux special', rule: 'password/charset', path: inBody('adminpass'), os: 'linux', api: R2, mutate: (api) => fc.tuple(validPassword(HUAWEI_PASSWORD.linux, { maxLength: 25, accept: noAdminName }), fc.constantFrom(...'$~#*')).map(([value, extra]) => onlyPassword(api, value + extra)) },
  { name: 'disputed Windows special', rule: 'password/charset', path: inBody('adminpass'), os: 'windows', api: R2, mutate: (api) => fc.tuple(validPassword(HUAWEI_PASSWORD.windows, { maxLength: 25, accept: noAdminName }), fc.constantFrom(...'^{}~#*()')).map(([value, extra]) => onlyPassword(api, value + extra)) },
  { name: 'root in a Linux password', rule: 'password/contains-username', path: inBody('adminpass'), os: 'linux', api: R2, mutate: (api) => fc.constantFrom('Cloud@root26', 'Cloud@toor26', 'Cloud@ROOT26').map((value) => onlyPassword(api, value)) },
  { name: 'case-folded admin run on Windows', rule: 'password/contains-username', path: inBody('adminpass'), os: 'windows', api: C2, mutate: (api) => fc.constantFrom('Cloud@ADM26x', 'Cloud@ADMIN2', 'Cloud@TOR26x').map((value) => onlyPassword(api, value)) },
  { name: 'Windows admin run, OS unknown', rule: 'password/contains-username', path: inBody('adminpass'), os: undefined, api: R2, mutate: (api) => fc.constant(onlyPassword(api, 'Admin@2026x!')) },
  { name: 'user data without a Cloud-Init marker', rule: 'userdata/framing', path: inBody('metadata', 'user_data'), os: 'linux', api: R2, mutate: (api) => fc.constantFrom('echo hi\n', '\n#!/bin/bash\n', '\uFEFF#cloud-config\n').map((text) => metadataWith(api, { user_data: encode(text) })) },
  { name: 'unpadded user data', rule: 'userdata/padding', path: inBody('metadata', 'user_data'), os: 'linux', api: C2, mutate: (api) => fc.constant(metadataWith(api, { user_data: encode('#!/bin/sh\n').replace(/=+$/, '') })) },
  { name: 'Linux password beside user data', rule: 'credentials/ignored', path: inBody('adminpass'), os: 'linux', api: R2, mutate: (api) => password('linux').map((adminpass) => body(api, ({ keyname: _k, userid: _u, ...rest }) => ({ ...rest, adminpass, metadata: { user_data: encode('#cloud-config\n') } }))) },
  { name: 'v1 reinstall key pair on Windows', rule: 'credentials/unsupported', path: inBody('keyname'), os: 'windows', api: R1, mutate: (api) => fc.constant(body(api, ({ adminpass: _a, ...rest }) => ({ ...rest, keyname: 'k' }))) },
  { name: 'BYOL other value', rule: 'parameter/enum', path: inBody('metadata', 'BYOL'), os: undefined, api: R2, mutate: (api) => fc.constantFrom('false', 'yes').map((value) => metadataWith(api, { BYOL: value })) },
  {
    name: 'cmkid without encrypted',
    rule: 'parameter/required',
    path: inBody('metadata', '__system__encrypted'),
    os: 'linux',
    api: C2,
    mutate: (api) =>
      fc.constant(
        body(api, (current) => {
          const { __system__encrypted: _e, ...metadata } = (current['metadata'] as Body | undefined) ?? {};
          return { ...current, metadata: { ...metadata, __system__cmkid: '83cdb52d-9ebf-4469-9cfa-e7b5b80da846' } };
        }),
      ),
  },
];

describe('huawei.ecs reinstall and change OS properties', () => {
  for (const api of APIS) {
    test.prop([osArb.chain((os) => fc.tuple(fc.constant(os), validPayload(api, os)))], { numRuns: numRuns(api === R2 ? 1000 : 300) })(
      `${api}: every payload drawn from the policies is accepted without an error`,
      ([os, payload]) => {
        const report = validate(api, payload, optionsFor(os));
        expect(errorKeys(report)).toEqual([]);
        expect(report.ok).toBe(true);
      },
    );
  }

  for (const fault of FAULTS) {
    for (const api of fault.apis) {
      for (const os of fault.os) {
        test.prop([validPayload(api, os).chain((payload) => fault.mutate(api, os).map((mutate) => mutate(payload)))], { numRuns: numRuns(api === R2 ? 100 : 30) })(
          `${api}: single fault "${fault.name}" (${os ?? 'unknown OS'}) yields ${fault.rule} and no other error`,
          (payload) => {
            expect(errorKeys(validateLocated(api, payload, optionsFor(os)))).toEqual([`${fault.rule} ${JSON.stringify(fault.path(api))}`]);
          },
        );
      }
    }
  }

  for (const warning of WARNINGS) {
    test.prop([validPayload(warning.api, warning.os).chain((payload) => warning.mutate(warning.api, warning.os).map((mutate) => mutate(payload)))], { numRuns: numRuns(40) })(
      `${warning.api}: accepted fault "${warning.name}" (${warning.os ?? 'unknown OS'}) is a ${warning.rule} warning, not an error`,
      (payload) => {
        const report = validateLocated(warning.api, payload, optionsFor(warning.os));
        expect(errorKeys(report)).toEqual([]);
        expect(reportKeys(report)).toContain(`warning ${warning.rule} ${JSON.stringify(warning.path(warning.api))}`);
      },
    );
  }
});

const MEMBERS = ['adminpass', 'keyname', 'userid', 'imageid', 'mode', 'isAutoPay', 'metadata', '__proto__'];
const anyPayload = (api: Api, os: TargetOs) =>
  fc.oneof(
    { weight: 3, arbitrary: validPayload(api, os) },
    {
      weight: 3,
      arbitrary: validPayload(api, os).chain((payload) =>
        fc.constantFrom(...FAULTS.filter((fault) => fault.apis.includes(api)), ...WARNINGS).chain((fault) => fault.mutate(api, os).map((mutate) => mutate(payload))),
      ),
    },
    { weight: 2, arbitrary: fc.anything() },
    {
      weight: 2,
      arbitrary: fc.record({
        project_id: fc.oneof(hex(32), fc.anything()),
        server_id: fc.oneof(uuid, fc.string()),
        [bodyOf(api)]: fc.dictionary(fc.constantFrom(...MEMBERS), fc.oneof(fc.string(), fc.anything(), fc.dictionary(fc.constantFrom('user_data', '__system__encrypted', '__system__cmkid', 'BYOL'), fc.oneof(fc.string(), fc.anything())))),
      }),
    },
  );

describe('huawei: the direct checker and the valibot schema agree', () => {
  for (const api of APIS) {
    for (const os of OSES) {
      const schema = createSchema(SPECS[api], { ...optionsFor(os), warnings: true });
      test.prop([anyPayload(api, os)], { numRuns: numRuns(api === R2 ? 300 : 100) })(`${api} (${os ?? 'unknown OS'})`, (payload) => {
        expect(schemaKeys(schema, payload)).toEqual(reportKeys(validate(api, payload, optionsFor(os))));
      });
    }
  }
});

describe('huawei never throws, never mutates, never leaks', () => {
  test.prop([anyValue, osArb, fc.constantFrom(...APIS)], { numRuns: numRuns(1000) })('any value gives a report and stays as it was', (payload, os, api) => {
    validateUnchanged(api, payload, optionsFor(os));
  });

  test.prop([fc.constantFrom(...APIS).chain((api) => osArb.chain((os) => fc.tuple(fc.constant(api), fc.constant(os), anyPayload(api, os))))], { numRuns: numRuns(500) })(
    'payloads near the schema give a report and stay as they were',
    ([api, os, payload]) => {
      validateUnchanged(api, payload, optionsFor(os));
    },
  );

  test.prop(
    [osArb, fc.string({ unit: 'grapheme', minLength: 10, maxLength: 40 }), fc.constantFrom('en', 'zh-CN') as fc.Arbitrary<'en' | 'zh-CN'>, fc.constantFrom(...APIS)],
    { numRuns: numRuns(1000) },
  )('no password ever appears in the report or the schema issues, whatever rule it breaks', (os, secret, lang, api) => {
    // The password beside a key pair and user data: every cross-member rule runs over it too.
    const payload = {
      project_id: '0123456789abcdef0123456789abcdef',
      server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8',
      [bodyOf(api)]: { adminpass: secret, keyname: 'KeyPair-350b', metadata: { user_data: encode('#cloud-config\n') } },
    };
    const report = validate(api, payload, { ...optionsFor(os), lang });
    expect(JSON.stringify(report)).not.toContain(secret);
    for (const issue of report.issues) expect(issue.message).not.toContain(secret);
    const schema = createSchema(SPECS[api], { ...optionsFor(os), warnings: true });
    const result = schema['~standard'].validate(payload);
    expect(JSON.stringify('issues' in result ? result.issues : [])).not.toContain(secret);
  });
});

// The policies the arbitraries read, so a policy change shows here as well as in the specs.
describe('huawei policy facts the arbitraries rest on', () => {
  test('the encryption values and key id length', () => {
    expect(HUAWEI_ENCRYPTED).toEqual(['0', '1']);
    expect(HUAWEI_CMK_ID.length).toBe(36);
  });
});
