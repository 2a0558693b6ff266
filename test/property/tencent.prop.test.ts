import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { validate } from '../../src/validate.ts';
import { validateLocated } from '../../src/validateLocated.ts';
import { createSchema } from '../../src/engine/createSchema.ts';
import { RESET_INSTANCE, RESET_INSTANCE_API2 } from '../../src/schemas/tencent/resetInstance.ts';
import { TENCENT_HOSTNAME, TENCENT_KEY_IDS, TENCENT_PASSWORD, TENCENT_SYSTEM_DISK_UNUSED, TENCENT_USERDATA } from '../../src/schemas/tencent/policies.ts';
import { anyValue, validateUnchanged } from './support/invariants.ts';
import { numRuns } from './support/numRuns.ts';
import { errorKeys, reportKeys, schemaKeys } from './support/issueKeys.ts';
import { DIGITS, LOWER, stringOf, validHostname, validPassword } from './support/strings.ts';
import { validTencentPayload, type TargetOs } from './support/tencent.ts';

const API = 'tencent.cvm.ResetInstance';
const OSES: readonly TargetOs[] = ['linux', 'windows', undefined];
const osArb = fc.constantFrom(...OSES);

interface Fault {
  readonly name: string;
  readonly rule: string;
  readonly path: readonly (string | number)[];
  /** The OS a fault applies to; a fault for one OS only is a warning when the OS is unknown. */
  readonly os: readonly TargetOs[];
  readonly value: (os: TargetOs) => fc.Arbitrary<(payload: Record<string, unknown>) => Record<string, unknown>>;
}

const policyOs = (os: TargetOs) => os ?? 'windows';
const set = (path: readonly string[], value: unknown) => (payload: Record<string, unknown>) => {
  const copy = structuredClone(payload);
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    target = (target[key] = typeof next === 'object' && next !== null && !Array.isArray(next) ? { ...next } : {}) as Record<string, unknown>;
  }
  target[path[path.length - 1] as string] = value;
  return copy;
};
const setPassword = (value: string) => (payload: Record<string, unknown>) =>
  set(['LoginSettings'], { Password: value })(payload);

/** One fault per rule; each breaks exactly that rule of an otherwise valid payload. */
const FAULTS: readonly Fault[] = [
  { name: 'missing InstanceId', rule: 'parameter/required', path: ['InstanceId'], os: OSES, value: () => fc.constant((p) => { const c = { ...p }; delete c['InstanceId']; return c; }) },
  { name: 'unknown parameter', rule: 'parameter/unknown', path: ['Hostname'], os: OSES, value: () => fc.constant(set(['Hostname'], 'web')) },
  { name: 'DiskSize not an integer', rule: 'parameter/type', path: ['SystemDisk', 'DiskSize'], os: OSES, value: () => fc.constantFrom(1.5, '60', true).map((v) => set(['SystemDisk', 'DiskSize'], v)) },
  { name: 'Enabled not a boolean', rule: 'parameter/type', path: ['EnhancedService', 'MonitorService', 'Enabled'], os: OSES, value: () => fc.constantFrom('TRUE', 1).map((v) => set(['EnhancedService', 'MonitorService', 'Enabled'], v)) },
  { name: 'KeepImageLogin spelling', rule: 'parameter/enum', path: ['LoginSettings', 'KeepImageLogin'], os: OSES, value: () => fc.constantFrom('True', 'yes', '').map((v) => set(['LoginSettings'], { KeepImageLogin: v })) },
  { name: 'Version', rule: 'parameter/enum', path: ['Version'], os: OSES, value: () => fc.constant(set(['Version'], '2018-01-01')) },
  { name: 'InstanceId length', rule: 'identifier/format', path: ['InstanceId'], os: OSES, value: () => stringOf(LOWER + DIGITS, 1, 7).map((body) => set(['InstanceId'], `ins-${body}`)) },
  { name: 'ImageId prefix', rule: 'identifier/format', path: ['ImageId'], os: OSES, value: () => stringOf(LOWER + DIGITS, 8, 8).map((body) => set(['ImageId'], `image-${body}`)) },
  { name: 'KeyIds shape', rule: 'identifier/format', path: ['LoginSettings', 'KeyIds', 0], os: ['linux'], value: () => fc.constantFrom('skey-1122', 'skey-ABCDEFGH').map((v) => set(['LoginSettings'], { KeyIds: [v] })) },
  { name: 'password too short', rule: 'password/length', path: ['LoginSettings', 'Password'], os: OSES, value: (os) => validPassword(TENCENT_PASSWORD[policyOs(os)], { minLength: 4, maxLength: TENCENT_PASSWORD[os ?? 'linux'].minLength - 1 }).map(setPassword) },
  { name: 'password too long', rule: 'password/length', path: ['LoginSettings', 'Password'], os: OSES, value: (os) => validPassword(TENCENT_PASSWORD[policyOs(os)], { minLength: 31, maxLength: 40 }).map(setPassword) },
  { name: 'password character', rule: 'password/charset', path: ['LoginSettings', 'Password'], os: OSES, value: (os) => fc.tuple(validPassword(TENCENT_PASSWORD[policyOs(os)], { maxLength: 29 }), fc.constantFrom('_', '<', '>', '"', '\\', ' ', 'é', '中')).map(([pw, bad]) => setPassword(pw + bad)) },
  { name: 'password one class', rule: 'password/classes', path: ['LoginSettings', 'Password'], os: OSES, value: () => stringOf(LOWER, 12, 30).map(setPassword) },
  { name: 'hostname too long', rule: 'hostname/length', path: ['HostName'], os: OSES, value: () => stringOf(LOWER, 61, 80).map((v) => set(['HostName'], v)) },
  { name: 'hostname character', rule: 'hostname/charset', path: ['HostName'], os: OSES, value: (os) => validHostname(TENCENT_HOSTNAME[policyOs(os)]).filter((h) => h.length <= 13).map((h) => set(['HostName'], `${h}_x`)) },
  { name: 'hostname edge', rule: 'hostname/edge', path: ['HostName'], os: OSES, value: (os) => validHostname(TENCENT_HOSTNAME[policyOs(os)]).filter((h) => h.length <= 14).map((h) => set(['HostName'], `${h}-`)) },
  { name: 'hostname consecutive', rule: 'hostname/consecutive', path: ['HostName'], os: OSES, value: () => fc.constant(set(['HostName'], 'web--01')) },
  { name: 'hostname dot on Windows', rule: 'hostname/dot', path: ['HostName'], os: ['windows'], value: () => fc.constant(set(['HostName'], 'web.example')) },
  { name: 'hostname all digits on Windows', rule: 'hostname/all-digits', path: ['HostName'], os: ['windows'], value: () => stringOf(DIGITS, 2, 15).map((v) => set(['HostName'], v)) },
  { name: 'userdata alphabet', rule: 'userdata/base64', path: ['UserData'], os: OSES, value: () => fc.constantFrom('aGVsbG8-', 'aGVs bG8=', 'aGVsbG8!', 'a', '=aGVs').map((v) => set(['UserData'], v)) },
  { name: 'userdata size', rule: 'userdata/size', path: ['UserData'], os: OSES, value: () => fc.integer({ min: 1, max: 8 }).map((extra) => set(['UserData'], 'A'.repeat((TENCENT_USERDATA.maxEncodedLength ?? 0) + extra * 4))) },
  { name: 'DiskSize zero', rule: 'system-disk/size', path: ['SystemDisk', 'DiskSize'], os: OSES, value: () => fc.integer({ min: -100, max: 0 }).map((v) => set(['SystemDisk', 'DiskSize'], v)) },
  { name: 'password and key', rule: 'credentials/conflict', path: ['LoginSettings', 'KeyIds'], os: ['linux'], value: () => validPassword(TENCENT_PASSWORD.linux).map((Password) => set(['LoginSettings'], { Password, KeyIds: ['skey-abcd1234'] })) },
  { name: 'key and keep image login', rule: 'credentials/conflict', path: ['LoginSettings', 'KeepImageLogin'], os: ['linux'], value: () => fc.constantFrom('TRUE', 'true').map((keep) => set(['LoginSettings'], { KeyIds: ['skey-abcd1234'], KeepImageLogin: keep })) },
  { name: 'too many KeyIds', rule: 'parameter/count', path: ['LoginSettings', 'KeyIds'], os: ['linux'], value: () => fc.integer({ min: TENCENT_KEY_IDS.max + 1, max: TENCENT_KEY_IDS.max + 5 }).map((count) => set(['LoginSettings'], { KeyIds: Array.from({ length: count }, () => 'skey-abcd1234') })) },
  { name: 'key on Windows', rule: 'credentials/unsupported', path: ['LoginSettings', 'KeyIds'], os: ['windows'], value: () => fc.constant(set(['LoginSettings'], { KeyIds: ['skey-abcd1234'] })) },
];

describe('tencent.cvm.ResetInstance properties', () => {
  test.prop([osArb.chain((os) => fc.tuple(fc.constant(os), validTencentPayload(os)))], { numRuns: numRuns(2000) })(
    'every payload drawn from the policies is accepted without an error',
    ([os, payload]) => {
      const report = validate(API, payload, os ? { os } : {});
      expect(errorKeys(report)).toEqual([]);
      expect(report.ok).toBe(true);
    },
  );

  test.prop([osArb.chain((os) => fc.tuple(fc.constant(os), validTencentPayload(os, true)))], { numRuns: numRuns(500) })(
    'the legacy API 2.0 accepts every payload drawn from its parameter set',
    ([os, payload]) => {
      expect(validate('tencent.cvm.ResetInstance@api2', payload, os ? { os } : {}).ok).toBe(true);
    },
  );

  for (const fault of FAULTS) {
    for (const os of fault.os) {
      test.prop([validTencentPayload(os).chain((payload) => fault.value(os).map((mutate) => mutate(payload)))], {
        numRuns: numRuns(300),
      })(`single fault "${fault.name}" (${os ?? 'unknown OS'}) yields ${fault.rule} and no other error`, (payload) => {
        const report = validateLocated(API, payload, os ? { os } : {});
        expect(errorKeys(report)).toEqual([`${fault.rule} ${JSON.stringify(fault.path)}`]);
      });
    }
  }

  test.prop([osArb.chain((os) => fc.tuple(fc.constant(os), validTencentPayload(os))), fc.subarray(Object.keys(TENCENT_SYSTEM_DISK_UNUSED), { minLength: 1 })], { numRuns: numRuns(300) })(
    'a SystemDisk field a reset does not take is a warning at its path that predicts no vendor code',
    ([os, payload], fields) => {
      const disk: Record<string, unknown> = { ...(payload['SystemDisk'] as object | undefined) };
      for (const field of fields) disk[field] = field === 'Encrypt' ? true : `${field}-value`;
      const report = validate(API, { ...payload, SystemDisk: disk }, os ? { os } : {});
      expect(report.ok).toBe(true);
      const unused = report.issues.filter((issue) => issue.rule === 'parameter/unused');
      expect(unused.map((issue) => [issue.severity, issue.path.join('.'), issue.vendor])).toEqual(fields.map((field) => ['warning', `SystemDisk.${field}`, undefined]));
    },
  );

  test.prop([fc.constantFrom('windows' as const), validTencentPayload('linux')], { numRuns: numRuns(300) })(
    'with the OS unknown, a value that fails for one OS only is a warning naming that OS',
    (_os, payload) => {
      const withDots = { ...payload, HostName: 'web.example.com' };
      const report = validate(API, withDots);
      const hostIssues = report.issues.filter((issue) => issue.path[0] === 'HostName');
      expect(hostIssues.map((issue) => [issue.rule, issue.severity])).toEqual([['hostname/dot', 'warning']]);
      expect(hostIssues[0]?.message).toMatch(/Windows/);
    },
  );
});

const anyPayload = fc.oneof(
  { weight: 3, arbitrary: osArb.chain((os) => validTencentPayload(os)) },
  { weight: 3, arbitrary: osArb.chain((os) => validTencentPayload(os).chain((payload) => fc.constantFrom(...FAULTS).chain((fault) => fault.value(os).map((mutate) => mutate(payload))))) },
  { weight: 2, arbitrary: fc.anything() },
  {
    weight: 2,
    arbitrary: fc.dictionary(
      fc.constantFrom('InstanceId', 'ImageId', 'LoginSettings', 'SystemDisk', 'EnhancedService', 'HostName', 'UserData', 'Region', 'instanceid', '__proto__'),
      fc.anything(),
    ),
  },
);

describe('tencent.cvm.ResetInstance: the direct checker and the valibot schema agree', () => {
  for (const [name, spec] of [
    ['tencent.cvm.ResetInstance', RESET_INSTANCE],
    ['tencent.cvm.ResetInstance@api2', RESET_INSTANCE_API2],
  ] as const) {
    for (const os of OSES) {
      const schema = createSchema(spec, os ? { os, warnings: true } : { warnings: true });
      test.prop([anyPayload], { numRuns: numRuns(1000) })(`${name} (${os ?? 'unknown OS'})`, (payload) => {
        expect(schemaKeys(schema, payload)).toEqual(reportKeys(validate(name, payload, os ? { os } : {})));
      });
    }
  }
});

describe('tencent.cvm.ResetInstance never throws, never mutates, never leaks', () => {
  test.prop([anyValue, osArb], { numRuns: numRuns(2000) })(
    'any value gives a report and stays as it was',
    (payload, os) => {
      validateUnchanged(API, payload, os ? { os } : {});
    },
  );

  test('a deep, a wide and a huge payload give reports', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let depth = 0; depth < 10_000; depth++) deep = (deep['LoginSettings'] = {}) as Record<string, unknown>;
    expect(validate(API, { InstanceId: 'ins-abcd1234', SystemDisk: root }).ok).toBe(false);
    const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`k${index}`, index]));
    expect(validate(API, wide).issues.length).toBe(100_001);
    const huge = { InstanceId: 'ins-abcd1234', HostName: 'a'.repeat(1 << 20), UserData: 'A'.repeat(10 << 20) };
    expect(validate(API, huge).issues.map((issue) => issue.rule).sort()).toEqual(['hostname/length', 'userdata/size']);
  });

  test.prop(
    [
      osArb,
      fc.string({ unit: 'grapheme', minLength: 10, maxLength: 40 }),
      fc.constantFrom('en', 'zh-CN') as fc.Arbitrary<'en' | 'zh-CN'>,
      fc.constantFrom<readonly string[]>(['Password'], ['Password', 'KeyIds'], ['Password', 'KeepImageLogin']),
    ],
    { numRuns: numRuns(2000) },
  )('no password ever appears in the report, whatever rule it breaks', (os, password, lang, fields) => {
    const login: Record<string, unknown> = { Password: password };
    if (fields.includes('KeyIds')) login['KeyIds'] = ['skey-abcd1234'];
    if (fields.includes('KeepImageLogin')) login['KeepImageLogin'] = 'TRUE';
    const report = validate(API, { InstanceId: 'ins-abcd1234', LoginSettings: login, HostName: password }, { ...(os ? { os } : {}), lang });
    expect(JSON.stringify(report)).not.toContain(password);
    const schema = createSchema(RESET_INSTANCE, os ? { os, warnings: true } : { warnings: true });
    const result = schema['~standard'].validate({ InstanceId: 'ins-abcd1234', LoginSettings: login, HostName: password });
    expect(JSON.stringify('issues' in result ? result.issues : [])).not.toContain(password);
  });
});
