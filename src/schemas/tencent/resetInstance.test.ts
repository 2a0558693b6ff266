import { describe, expect, it } from 'vitest';
import { validate } from '../../validate.ts';
import { TENCENT_PASSWORD_SPECIALS } from './policies.ts';

const API = 'tencent.cvm.ResetInstance';
const API2 = 'tencent.cvm.ResetInstance@api2';

/** The example request of the API 3.0 and legacy API 2.0 pages, as a JSON payload. */
const SEED_EXAMPLE = {
  InstanceId: 'ins-r8hr2upy',
  ImageId: 'img-pmqg1cw7',
  SystemDisk: { DiskSize: 60 },
  LoginSettings: { Password: 'Qcloud@TestApi123++' },
  EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: true } },
};

const rulesAt = (payload: unknown, options: Parameters<typeof validate>[2] = {}, api: 'tencent.cvm.ResetInstance' | 'tencent.cvm.ResetInstance@api2' = API) =>
  validate(api, payload, options).issues.map((issue) => `${issue.severity} ${issue.rule} ${issue.path.join('.')}`);

const withPassword = (Password: string) => ({ InstanceId: 'ins-r8hr2upy', LoginSettings: { Password } });
const withHost = (HostName: string) => ({ InstanceId: 'ins-r8hr2upy', HostName });

describe('the API page example', () => {
  it.each(['linux', 'windows'] as const)('passes on %s for API 3.0 and the legacy API 2.0', (os) => {
    expect(validate(API, SEED_EXAMPLE, { os })).toEqual({ api: API, ok: true, issues: [] });
    expect(validate(API2, SEED_EXAMPLE, { os })).toEqual({ api: API2, ok: true, issues: [] });
  });

  it('passes with the OS unknown', () => {
    expect(validate(API, SEED_EXAMPLE).issues).toEqual([]);
  });
});

describe('LoginSettings.Password', () => {
  it.each([
    ['linux', 7, ['error password/length LoginSettings.Password']],
    ['linux', 8, []],
    ['linux', 30, []],
    ['linux', 31, ['error password/length LoginSettings.Password']],
    ['windows', 11, ['error password/length LoginSettings.Password']],
    ['windows', 12, []],
    ['windows', 30, []],
    ['windows', 31, ['error password/length LoginSettings.Password']],
  ] as const)('on %s, %i characters give %j', (os, length, expected) => {
    const password = 'Aa1!'.repeat(8).slice(0, length);
    expect(rulesAt(withPassword(password), { os })).toEqual(expected);
  });

  it('counts 2 of 4 classes on Linux and 3 of 4 on Windows', () => {
    expect(rulesAt(withPassword('abcdefgh12'), { os: 'linux' })).toEqual([]);
    expect(rulesAt(withPassword('abcdefghijkl'), { os: 'linux' })).toEqual(['error password/classes LoginSettings.Password']);
    expect(rulesAt(withPassword('abcdefgh1234'), { os: 'windows' })).toEqual(['error password/classes LoginSettings.Password']);
    expect(rulesAt(withPassword('abcdefgh123!'), { os: 'windows' })).toEqual([]);
    expect(rulesAt(withPassword('Abcdefgh'), { os: 'linux' })).toEqual([]);
  });

  it.each([...TENCENT_PASSWORD_SPECIALS])('accepts the special character %s', (special) => {
    expect(rulesAt(withPassword(`Abcdefgh12${special}x`), { os: 'windows' })).toEqual([]);
  });

  it.each(['_', '<', '>', '"', '\\', ' ', 'é', '密'])('rejects %j', (bad) => {
    expect(rulesAt(withPassword(`Abcdefgh12!${bad}`), { os: 'windows' })).toEqual(['error password/charset LoginSettings.Password']);
  });

  it('has exactly 27 specials', () => {
    expect(new Set(TENCENT_PASSWORD_SPECIALS).size).toBe(27);
  });

  it('with the OS unknown, a password valid on Linux only is a warning naming Windows', () => {
    const report = validate(API, withPassword('abcdefgh12'));
    expect(report.ok).toBe(true);
    expect(report.issues.map((issue) => [issue.rule, issue.severity])).toEqual([
      ['password/length', 'warning'],
      ['password/classes', 'warning'],
    ]);
    expect(report.issues[0]?.message).toBe('If the target image runs Windows: Use 12-30 characters for the password.');
  });

  it('names the vendor code', () => {
    expect(validate(API, withPassword('short'), { os: 'linux' }).issues[0]?.vendor).toEqual({
      code: 'InvalidParameterValue.InvalidPassword',
      status: 200,
    });
    expect(validate(API2, withPassword('short'), { os: 'linux' }).issues[0]?.vendor).toEqual({ code: 'InvalidParameterValue' });
  });
});

describe('HostName (docs/vendors/tencent.md#hostname)', () => {
  it.each([
    ['linux', 'a', ['hostname/length']],
    ['linux', 'ab', []],
    ['linux', 'a'.repeat(60), []],
    ['linux', 'a'.repeat(61), ['hostname/length']],
    ['windows', 'ab', []],
    ['windows', 'a'.repeat(15), []],
    ['windows', 'a'.repeat(16), ['hostname/length']],
    ['linux', 'web.example.com', []],
    ['windows', 'web.example', ['hostname/dot']],
    ['linux', '-web', ['hostname/edge']],
    ['linux', 'web-', ['hostname/edge']],
    ['linux', '.web', ['hostname/edge']],
    ['linux', 'web.', ['hostname/edge']],
    ['linux', 'web--01', ['hostname/consecutive']],
    ['linux', 'web..01', ['hostname/consecutive']],
    ['linux', 'web.-01', ['hostname/consecutive']],
    ['linux', 'web-.01', ['hostname/consecutive']],
    ['windows', '12345', ['hostname/all-digits']],
    ['linux', '12345', []],
    ['windows', '1-2', []],
    ['linux', 'web_01', ['hostname/charset']],
    ['windows', 'Web-01', []],
  ] as const)('on %s, %j gives %j', (os, host, expected) => {
    expect(validate(API, withHost(host), { os }).issues.map((issue) => issue.rule)).toEqual(expected);
  });

  it('is unknown to the legacy API 2.0', () => {
    expect(rulesAt(withHost('web'), {}, API2)).toEqual(['error parameter/unknown <redacted key 1>']);
  });
});

describe('ids', () => {
  it.each([
    ['InstanceId', 'ins-r8hr2upy', []],
    ['InstanceId', 'ins-1122', ['error identifier/format InstanceId']],
    ['InstanceId', 'ins-R8HR2UPY', ['error identifier/format InstanceId']],
    ['InstanceId', 'i-r8hr2upy', ['error identifier/format InstanceId']],
    ['ImageId', 'img-pmqg1cw7', []],
    ['ImageId', 'img-pmqg1', ['warning identifier/format ImageId']],
    ['ImageId', 'image-pmqg1cw7', ['error identifier/format ImageId']],
  ] as const)('%s %j gives %j', (field, value, expected) => {
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', [field]: value })).toEqual(expected);
  });

  it.each([
    ['skey-11112222', []],
    ['skey-1122', ['error identifier/format LoginSettings.KeyIds.0']],
    ['key-11112222', ['error identifier/format LoginSettings.KeyIds.0']],
  ] as const)('key id %j gives %j', (key, expected) => {
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', LoginSettings: { KeyIds: [key] } }, { os: 'linux' })).toEqual(expected);
  });

  it('requires InstanceId and answers MissingParameter', () => {
    const [issue] = validate(API, {}).issues;
    expect(issue).toMatchObject({ rule: 'parameter/required', path: ['InstanceId'], vendor: { code: 'MissingParameter' } });
  });
});

describe('LoginSettings credentials', () => {
  it('allows at most one of Password, KeyIds and KeepImageLogin=true', () => {
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', LoginSettings: { KeepImageLogin: 'FALSE', Password: 'Abcdefgh12!x' } })).toEqual([]);
    expect(
      rulesAt({ InstanceId: 'ins-r8hr2upy', LoginSettings: { KeyIds: ['skey-11112222'], KeepImageLogin: 'TRUE' } }, { os: 'linux' }),
    ).toEqual(['error credentials/conflict LoginSettings.KeepImageLogin']);
    const [conflict] = validate(API, { InstanceId: 'ins-r8hr2upy', LoginSettings: { KeyIds: ['skey-11112222'], KeepImageLogin: 'true' } }, { os: 'linux' }).issues;
    expect(conflict?.vendor).toEqual({ code: 'InvalidParameter.ParameterConflict', status: 200 });
  });

  it('treats an empty KeyIds list as absent', () => {
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Abcdefgh12!x', KeyIds: [] } })).toEqual([]);
  });

  it('rejects keys on Windows with the vendor code', () => {
    const report = validate(API, { InstanceId: 'ins-r8hr2upy', LoginSettings: { KeyIds: ['skey-11112222'] } }, { os: 'windows' });
    expect(report.issues).toMatchObject([
      { rule: 'credentials/unsupported', severity: 'error', vendor: { code: 'UnsupportedOperation.KeyPairUnsupportedWindows' } },
    ]);
  });

  it.each(['TRUE', 'FALSE', 'true', 'false'])('accepts KeepImageLogin %s', (value) => {
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', LoginSettings: { KeepImageLogin: value } })).toEqual([]);
  });

  it.each(['True', 'yes', true])('rejects KeepImageLogin %j', (value) => {
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', LoginSettings: { KeepImageLogin: value } })).toEqual([
      `error parameter/${typeof value === 'string' ? 'enum' : 'type'} LoginSettings.KeepImageLogin`,
    ]);
  });

  it('accepts up to 100 keys (no current source states a lower count) and rejects 101 with LimitExceeded', () => {
    const keys = (count: number) => Array.from({ length: count }, (_, index) => `skey-${String(index).padStart(8, '0')}`);
    for (const count of [2, 100]) {
      expect(rulesAt({ InstanceId: 'ins-r8hr2upy', LoginSettings: { KeyIds: keys(count) } }, { os: 'linux' })).toEqual([]);
    }
    const [issue] = validate(API, { InstanceId: 'ins-r8hr2upy', LoginSettings: { KeyIds: keys(101) } }, { os: 'linux' }).issues;
    expect(issue).toMatchObject({
      rule: 'parameter/count',
      severity: 'error',
      path: ['LoginSettings', 'KeyIds'],
      vendor: { code: 'InvalidParameterValue.LimitExceeded' },
    });
  });
});

describe('UserData', () => {
  const base64OfLength = (length: number) => 'A'.repeat(length);

  it('accepts 16384 encoded characters and rejects 16388', () => {
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', UserData: base64OfLength(16384) })).toEqual([]);
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', UserData: base64OfLength(16388) })).toEqual(['error userdata/size UserData']);
  });

  it('rejects URL-safe Base64 with the vendor code', () => {
    const [issue] = validate(API, { InstanceId: 'ins-r8hr2upy', UserData: 'IyEvYmluL2Jhc2gK-_' }).issues;
    expect(issue).toMatchObject({ rule: 'userdata/base64', vendor: { code: 'InvalidParameterValue.InvalidUserDataFormat' } });
    expect(issue?.message).toMatch(/URL-safe/);
  });

  it('accepts unpadded Base64 with a padding warning that predicts no rejection code', () => {
    const payload = { InstanceId: 'ins-r8hr2upy', UserData: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw' };
    expect(rulesAt(payload)).toEqual(['warning userdata/padding UserData']);
    expect(validate(API, payload).issues[0]).not.toHaveProperty('vendor');
  });

  it('is unknown to the legacy API 2.0', () => {
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', UserData: 'AAAA' }, {}, API2)).toEqual(['error parameter/unknown <redacted key 1>']);
  });
});

describe('other parameters', () => {
  it('suggests the near name for an unknown parameter and answers UnknownParameter', () => {
    const [issue] = validate(API, { InstanceId: 'ins-r8hr2upy', Hostname: 'web' }).issues;
    // The path never holds a key the API lacks; the message quotes it, being one edit from a parameter name.
    expect(issue).toMatchObject({ rule: 'parameter/unknown', path: ['<redacted key 1>'], vendor: { code: 'UnknownParameter', status: 200 } });
    expect(issue?.message).toBe('This API has no parameter "Hostname"; did you mean "HostName"?');
  });

  it('checks the common parameters where present', () => {
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', Action: 'ResetInstance', Version: '2017-03-12', Region: 'ap-guangzhou' })).toEqual([]);
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', Action: 'RunInstances', Version: '2017-03-13' })).toEqual([
      'error parameter/enum Action',
      'error parameter/enum Version',
    ]);
  });

  it('accepts AutomationService on API 3.0 only', () => {
    const payload = { InstanceId: 'ins-r8hr2upy', EnhancedService: { AutomationService: { Enabled: false } } };
    expect(rulesAt(payload)).toEqual([]);
    expect(rulesAt(payload, {}, API2)).toEqual(['error parameter/unknown EnhancedService.<redacted key 0>']);
  });

  it('takes SystemDisk.DiskSize as a positive integer and warns that DiskType cannot change', () => {
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', SystemDisk: { DiskSize: 1 } })).toEqual([]);
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', SystemDisk: { DiskSize: 0 } })).toEqual(['error system-disk/size SystemDisk.DiskSize']);
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', SystemDisk: { DiskSize: 60.5 } })).toEqual(['error parameter/type SystemDisk.DiskSize']);
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', SystemDisk: { DiskType: 'CLOUD_SSD' } })).toEqual(['warning system-disk/type SystemDisk.DiskType']);
  });

  it('warns on the SystemDisk fields a reset does not take, each at its path, with no vendor code', () => {
    const report = validate(API, { InstanceId: 'ins-r8hr2upy', SystemDisk: { DiskSize: 60, DiskId: 'disk-a1kmcp13', Encrypt: true, KmsKeyId: 'kms-abcd1234' } });
    expect(report.ok).toBe(true);
    expect(report.issues.map((issue) => `${issue.severity} ${issue.rule} ${issue.path.join('.')}`)).toEqual([
      'warning parameter/unused SystemDisk.DiskId',
      'warning parameter/unused SystemDisk.Encrypt',
      'warning parameter/unused SystemDisk.KmsKeyId',
    ]);
    expect(report.issues.every((issue) => issue.vendor === undefined)).toBe(true);
    expect(report.issues[0]?.message).toBe('Remove "DiskId": it is a response field, not an input of write requests.');
    expect(rulesAt({ InstanceId: 'ins-r8hr2upy', SystemDisk: { CdcId: 'cluster-1', Encrypt: false } })).toEqual(['warning parameter/unused SystemDisk.Encrypt']);
  });

  it('warns on a DiskName over 128 characters, counted in code points', () => {
    for (const name of ['d'.repeat(128), '盘'.repeat(128), '😀'.repeat(128)]) {
      expect(rulesAt({ InstanceId: 'ins-r8hr2upy', SystemDisk: { DiskName: name } })).toEqual([]);
    }
    for (const name of ['d'.repeat(129), '😀'.repeat(129), 'd'.repeat(100_000)]) {
      expect(rulesAt({ InstanceId: 'ins-r8hr2upy', SystemDisk: { DiskName: name } })).toEqual(['warning parameter/length SystemDisk.DiskName']);
    }
  });

  it('reports a payload that is not an object at the root', () => {
    expect(rulesAt([])).toEqual(['error parameter/type ']);
    expect(rulesAt('InstanceId=ins-r8hr2upy')).toEqual(['error parameter/type ']);
  });
});
