import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { validate } from '../../src/validate.ts';
import { handTencent } from '../../bench/baselines/handTencent.ts';
import { numRuns } from '../property/support/numRuns.ts';

const API = 'tencent.cvm.ResetInstance';

/** What validate() reports, reduced to what the floor reports: rule, severity and path, in order. */
const expected = (payload: unknown) => {
  const report = validate(API, payload, { os: 'linux' });
  return { ok: report.ok, issues: report.issues.map(({ rule, severity, path }) => ({ rule, severity, path })) };
};

const actual = (payload: unknown) => {
  const report = handTencent(payload);
  return { ok: report.ok, issues: report.issues.map(({ rule, severity, path }) => ({ rule, severity, path: [...path] })) };
};

class Box {
  readonly Enabled = true;
}

const nullProto = (entries: Record<string, unknown>): Record<string, unknown> => Object.assign(Object.create(null) as Record<string, unknown>, entries);

/** Values of the wrong type or absent in every way the spec distinguishes. */
const ODD: readonly unknown[] = [
  undefined, null, [], {}, [1], [null], { a: 1 }, 0, -0, 1, -1, 1.5, Number.NaN, Infinity, true, false, '', ' ',
  new Date(0), new Box(), nullProto({}), nullProto({ a: 1 }), runInNewContext('({ a: 1 })'), runInNewContext('({})'), () => 1,
];

const alnum = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const chars = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((list) => list.join(''));
const oneOf = <T,>(...arbitraries: fc.Arbitrary<T>[]) => fc.oneof(...arbitraries);
const odd = fc.constantFrom(...ODD);

const identifier = (prefix: string) =>
  oneOf(
    chars('abcdefghijklmnopqrstuvwxyz0123456789', 8, 8).map((body) => prefix + body),
    chars('abcdefghijklmnopqrstuvwxyz0123456789A_-', 0, 12).map((body) => prefix + body),
    chars(alnum + '-', 0, 16),
    fc.constantFrom(`${prefix}${'a'.repeat(100)}`, `${prefix}${'a'.repeat(4 * (prefix.length + 8) + 16 - prefix.length)}`, prefix),
  );

const password = oneOf(
  chars(`${alnum}()\`~!@#$%^&*-+=|{}[]:;',.?/`, 6, 32),
  chars('abcdefgh', 7, 31),
  chars(`${alnum}_<>"\\ é密😀`, 0, 34),
  fc.constantFrom('aA1!'.repeat(30), 'aA1!'.repeat(31), 'Qcloud@TestApi123++', ''),
);

const hostname = oneOf(
  chars('abc019-.', 0, 70),
  chars('ab', 1, 61),
  chars('ab.-_Z9 ', 0, 12),
  fc.constantFrom('a'.repeat(64), `${'a'.repeat(63)}.b`, `-${'a'.repeat(300)}..`, 'a'.repeat(240), 'a'.repeat(241), 'web-01.prod'),
);

const base64 = oneOf(
  chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 0, 24),
  chars('QUJD=+/-_ \n', 0, 12),
  fc.constantFrom('QQ==', 'QQ=', 'Q===', 'QQ==QUJD', 'QUJDQ', 'QUI', 'QQ', 'QUJD'.repeat(4096), `${'QUJD'.repeat(4096)}Q`, 'QUJD'.repeat(4097)),
);

const service = oneOf<unknown>(
  fc.record({ Enabled: oneOf<unknown>(fc.boolean(), odd) }, { requiredKeys: [] }),
  fc.record({ Enabled: fc.boolean(), Other: oneOf<unknown>(fc.constant(1), fc.constant(null)) }, { requiredKeys: [] }),
  odd,
);

const diskName = oneOf<unknown>(
  fc.constantFrom('n', 'd'.repeat(128), 'd'.repeat(129), '😀'.repeat(128), '😀'.repeat(129), '\ud800'.repeat(129), '盘'.repeat(257)),
  odd,
);

const systemDisk = oneOf<unknown>(
  fc.record(
    {
      DiskSize: oneOf<unknown>(fc.integer({ min: -2, max: 5000 }), odd),
      DiskType: oneOf<unknown>(fc.constantFrom('CLOUD_SSD', 'SSD', 'cloud_ssd'), odd),
      DiskId: oneOf<unknown>(fc.constant('disk-a1kmcp13'), odd),
      CdcId: oneOf<unknown>(fc.constant('cluster-1'), odd),
      DiskName: diskName,
      Encrypt: oneOf<unknown>(fc.boolean(), odd),
      KmsKeyId: oneOf<unknown>(fc.constant('kms-abcd1234'), odd),
      Size: oneOf<unknown>(fc.constant(1), fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
  odd,
);

const keyIds = oneOf<unknown>(
  fc.array(oneOf<unknown>(identifier('skey-'), odd), { maxLength: 4 }),
  fc.integer({ min: 99, max: 102 }).map((count) => Array.from({ length: count }, (_, index) => (index === 50 ? 'skey-1122' : 'skey-12345678'))),
  fc.constant([, 'skey-12345678']),
  odd,
);

const loginSettings = oneOf<unknown>(
  fc.record(
    {
      Password: oneOf<unknown>(password, odd),
      KeyIds: keyIds,
      KeepImageLogin: oneOf<unknown>(fc.constantFrom('TRUE', 'FALSE', 'true', 'false', 'True', 'yes'), odd),
      password: oneOf<unknown>(fc.constant('x'), fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
  odd,
);

const enhancedService = oneOf<unknown>(
  fc.record({ SecurityService: service, MonitorService: service, AutomationService: service, Monitor: service }, { requiredKeys: [] }),
  odd,
);

/** Payloads mixing valid, boundary and odd values at every parameter, unknown keys at every level. */
const payload = fc.record(
  {
    Action: oneOf<unknown>(fc.constantFrom('ResetInstance', 'RunInstances'), odd),
    Version: oneOf<unknown>(fc.constantFrom('2017-03-12', '2017-03-13'), odd),
    Region: oneOf<unknown>(fc.constant('ap-guangzhou'), odd),
    InstanceId: oneOf<unknown>(identifier('ins-'), odd),
    ImageId: oneOf<unknown>(identifier('img-'), odd),
    SystemDisk: systemDisk,
    LoginSettings: loginSettings,
    EnhancedService: enhancedService,
    HostName: oneOf<unknown>(hostname, odd),
    UserData: oneOf<unknown>(base64, odd),
    Hostname: oneOf<unknown>(fc.constant('web'), fc.constant(null)),
    Placement: oneOf<unknown>(fc.constant({ Zone: 'ap-guangzhou-3' }), fc.constant(null)),
    '0': fc.constant(1),
  },
  { requiredKeys: [] },
);

const VALID = {
  InstanceId: 'ins-r8hr2upy',
  ImageId: 'img-pmqg1cw7',
  SystemDisk: { DiskSize: 50 },
  LoginSettings: { Password: 'Qcloud@TestApi123++' },
  EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: true } },
  HostName: 'web-01.prod',
  UserData: 'IyEvYmluL2Jhc2gK',
};

/** A valid payload with one parameter, at any depth, replaced by a generated value. */
const singleFault = fc
  .tuple(
    fc.constantFrom(
      ['InstanceId'], ['ImageId'], ['HostName'], ['UserData'], ['Action'], ['SystemDisk'], ['SystemDisk', 'DiskSize'],
      ['LoginSettings'], ['LoginSettings', 'Password'], ['LoginSettings', 'KeyIds'], ['EnhancedService', 'MonitorService'],
      ['EnhancedService', 'MonitorService', 'Enabled'],
    ),
    oneOf<unknown>(odd, password, hostname, base64, identifier('ins-')),
  )
  .map(([path, value]) => {
    const copy = structuredClone(VALID) as Record<string, unknown>;
    let target = copy;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
    target[path[path.length - 1] as string] = value;
    return copy;
  });

describe('the benchmark floor reports exactly what validate() reports (rule, severity, path, order)', () => {
  test.prop([payload], { numRuns: numRuns(3000) })('over generated payloads', (generated) => {
    expect(actual(generated)).toEqual(expected(generated));
  });

  test.prop([singleFault], { numRuns: numRuns(1000) })('over valid payloads with one fault', (generated) => {
    expect(actual(generated)).toEqual(expected(generated));
  });

  test.prop([payload], { numRuns: numRuns(300) })('over the same payloads as JSON (flat strings, `__proto__` an own key)', (generated) => {
    const parsed: unknown = JSON.parse(JSON.stringify(generated).replace(/"Placement"/g, '"__proto__"'));
    expect(actual(parsed)).toEqual(expected(parsed));
  });

  test.prop([payload], { numRuns: numRuns(300) })('over null-prototype and other-realm copies', (generated) => {
    const json = JSON.stringify(generated);
    const realm: unknown = runInNewContext(`(${json ?? '{}'})`);
    const bare = nullProto(JSON.parse(json) as Record<string, unknown>);
    expect(actual(realm)).toEqual(expected(realm));
    expect(actual(bare)).toEqual(expected(bare));
  });

  test.prop([payload, fc.constantFrom('HostName', 'Password', 'Enabled', 'DiskSize', 'Polluted')], { numRuns: numRuns(300) })(
    'with a polluted Object.prototype (inherited keys are never parameters)',
    (generated, key) => {
      const proto = Object.prototype as Record<string, unknown>;
      proto[key] = 'polluted';
      try {
        expect(actual(generated)).toEqual(expected(generated));
      } finally {
        delete proto[key];
      }
    },
  );

  it.each<[string, unknown]>([
    ['not an object', 'ins-r8hr2upy'],
    ['an array', []],
    ['null', null],
    ['empty object', {}],
    ['typical', VALID],
    ['a throwing getter', { InstanceId: 'ins-r8hr2upy', get HostName(): string { throw new Error('boom'); } }],
    ['a revoked proxy', (() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })()],
    ['a proxy of a payload', new Proxy({ ...VALID, Hostname: 'x' }, {})],
    ['non-enumerable and symbol keys', Object.defineProperty({ InstanceId: 'ins-r8hr2upy', [Symbol('s')]: 1 }, 'HostName', { value: '-', enumerable: false })],
    ['an unknown key with a null value', { InstanceId: 'ins-r8hr2upy', Unknown: null, LoginSettings: { Other: null, Password: 'abcdefgh1' } }],
    ['all three login methods', { InstanceId: 'ins-r8hr2upy', LoginSettings: { KeepImageLogin: 'true', KeyIds: ['skey-12345678'], Password: 'Qcloud@TestApi123++' } }],
    ['a sparse KeyIds', { InstanceId: 'ins-r8hr2upy', LoginSettings: { KeyIds: new Array(3) } }],
    ['a huge sparse KeyIds', { InstanceId: 'ins-r8hr2upy', LoginSettings: { KeyIds: new Array(2 ** 32 - 1) } }],
    ['a 1 MiB hostname', { InstanceId: 'ins-r8hr2upy', HostName: 'a'.repeat(2 ** 20) }],
    ['a 10 MiB userdata', { InstanceId: 'ins-r8hr2upy', UserData: 'A'.repeat(10 * 2 ** 20) }],
    ['userdata at the cap', { InstanceId: 'ins-r8hr2upy', UserData: 'QUJD'.repeat(4096) }],
  ])('%s', (_, given) => {
    expect(actual(given)).toEqual(expected(given));
  });
});
