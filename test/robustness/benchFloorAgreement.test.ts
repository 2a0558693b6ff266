import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.ts';
import { ajvTencent } from '../../bench/baselines/ajvTencent.ts';
import { handTencent } from '../../bench/baselines/handTencent.ts';
import { zodTencent } from '../../bench/baselines/zodTencent.ts';

const API = 'tencent.cvm.ResetInstance';
const base = { InstanceId: 'ins-r8hr2upy' };
const login = (settings: Record<string, unknown>) => ({ ...base, LoginSettings: settings });
const b64 = (chars: number) => 'QUJD'.repeat(Math.ceil(chars / 4)).slice(0, chars);

/**
 * Boundary payloads of every Tencent rule the floor implements. `shared` marks the ones zod and ajv
 * can express too: they do not treat `null`/`[]`/`{}` as absent, report no warnings, and cannot skip a
 * scan after a failed length rule.
 */
const CASES: readonly (readonly [string, unknown, boolean])[] = [
  ['not an object', 'ins-r8hr2upy', true],
  ['an array', [], true],
  ['null', null, true],
  ['empty object', {}, true],
  ['typical', { ...base, ImageId: 'img-pmqg1cw7', HostName: 'web-01.prod', LoginSettings: { Password: 'Qcloud@TestApi123++' } }, true],
  ['common parameters', { ...base, Action: 'ResetInstance', Version: '2017-03-12', Region: 'ap-guangzhou' }, true],
  ['wrong Action and Version', { ...base, Action: 'RunInstances', Version: '2020-01-01', Region: 5 }, true],
  ['unknown keys at every level', { ...base, Hostname: 'x', SystemDisk: { Size: 1 }, LoginSettings: { password: 'x' }, EnhancedService: { Monitor: {} } }, true],
  ['InstanceId short', { InstanceId: 'ins-1122' }, true],
  ['InstanceId upper', { InstanceId: 'ins-ABCDEFGH' }, true],
  ['InstanceId prefix', { InstanceId: 'x-12345678' }, true],
  ['InstanceId past the gate', { InstanceId: `ins-${'a'.repeat(100)}` }, true],
  ['InstanceId empty', { InstanceId: '' }, false],
  ['InstanceId number', { InstanceId: 12345678 }, true],
  ['ImageId shape (warning)', { ...base, ImageId: 'img-1' }, true],
  ['ImageId prefix', { ...base, ImageId: 'image-1' }, true],
  ['password 7', login({ Password: 'Abcdef1' }), true],
  ['password 8', login({ Password: 'Abcdef12' }), true],
  ['password 30', login({ Password: `Ab1${'c'.repeat(27)}` }), true],
  ['password 31', login({ Password: `Ab1${'c'.repeat(28)}` }), true],
  ['password one class', login({ Password: 'abcdefghij' }), true],
  ['password two classes', login({ Password: 'abcdefgh!' }), true],
  ['password underscore', login({ Password: 'abc_defgh1' }), true],
  ['password non-ASCII', login({ Password: 'abcdéfgh1' }), true],
  ['password empty', login({ Password: '' }), true],
  ['password huge', login({ Password: 'aA1!'.repeat(100) }), false],
  ['password null', login({ Password: null }), false],
  ['hostname 1', { ...base, HostName: 'a' }, true],
  ['hostname 2', { ...base, HostName: 'ab' }, true],
  ['hostname 60', { ...base, HostName: `${'a'.repeat(30)}.${'b'.repeat(29)}` }, true],
  ['hostname 61', { ...base, HostName: `${'a'.repeat(30)}.${'b'.repeat(30)}` }, true],
  ['hostname 61 with faults', { ...base, HostName: `-${'a'.repeat(59)}_` }, true],
  ['hostname past the gate', { ...base, HostName: `-${'a'.repeat(300)}..` }, false],
  ['hostname edges', { ...base, HostName: '-web.' }, true],
  ['hostname dot edge', { ...base, HostName: '.web' }, true],
  ['hostname consecutive', { ...base, HostName: 'web.-01' }, true],
  ['hostname charset', { ...base, HostName: 'web_01' }, true],
  ['hostname label 63 of 60 max', { ...base, HostName: 'a'.repeat(64) }, true],
  ['hostname all digits', { ...base, HostName: '123456' }, true],
  ['userdata 16384', { ...base, UserData: b64(16384) }, true],
  ['userdata 16385', { ...base, UserData: b64(16385) }, true],
  ['userdata unpadded (warning)', { ...base, UserData: 'QUI' }, true],
  ['userdata unpadded 2', { ...base, UserData: 'QQ' }, true],
  ['userdata padded', { ...base, UserData: 'QQ==' }, true],
  ['userdata length 1 mod 4', { ...base, UserData: 'QUJDQ' }, true],
  ['userdata padding on a short group', { ...base, UserData: 'QQ=' }, true],
  ['userdata triple padding', { ...base, UserData: 'Q===' }, true],
  ['userdata mid padding', { ...base, UserData: 'QQ==QUJD' }, true],
  ['userdata whitespace', { ...base, UserData: 'QU JD' }, true],
  ['userdata url-safe', { ...base, UserData: 'QU-_' }, true],
  ['userdata empty', { ...base, UserData: '' }, true],
  ['KeyIds one', login({ KeyIds: ['skey-12345678'] }), true],
  ['KeyIds two', login({ KeyIds: ['skey-12345678', 'skey-abcdefgh'] }), true],
  ['KeyIds 100', login({ KeyIds: Array.from({ length: 100 }, () => 'skey-12345678') }), true],
  ['KeyIds 101', login({ KeyIds: Array.from({ length: 101 }, () => 'skey-12345678') }), true],
  ['KeyIds malformed', login({ KeyIds: ['skey-1122', 5] }), true],
  ['KeyIds sparse', login({ KeyIds: [, 'skey-12345678'] }), false],
  ['KeyIds empty', login({ KeyIds: [] }), true],
  ['KeyIds not a list', login({ KeyIds: 'skey-12345678' }), true],
  ['two login methods', login({ Password: 'Qcloud@TestApi123++', KeyIds: ['skey-12345678'] }), true],
  ['three login methods', login({ Password: 'Qcloud@TestApi123++', KeyIds: ['skey-12345678'], KeepImageLogin: 'true' }), true],
  ['KeepImageLogin FALSE with a password', login({ Password: 'Qcloud@TestApi123++', KeepImageLogin: 'FALSE' }), true],
  ['KeepImageLogin enum', login({ KeepImageLogin: 'yes' }), true],
  ['DiskSize 0', { ...base, SystemDisk: { DiskSize: 0 } }, true],
  ['DiskSize float', { ...base, SystemDisk: { DiskSize: 1.5 } }, true],
  ['DiskSize string', { ...base, SystemDisk: { DiskSize: '50' } }, true],
  ['DiskSize NaN', { ...base, SystemDisk: { DiskSize: Number.NaN } }, true],
  ['DiskType (warning)', { ...base, SystemDisk: { DiskType: 'CLOUD_SSD', DiskSize: 50 } }, true],
  ['DiskType enum', { ...base, SystemDisk: { DiskType: 'SSD' } }, true],
  ['disk strings and flag', { ...base, SystemDisk: { DiskId: 1, CdcId: 'c', DiskName: 'n', KmsKeyId: true, Encrypt: 'true' } }, true],
  ['disk fields a reset does not take', { ...base, SystemDisk: { DiskSize: 60, DiskId: 'disk-a1kmcp13', Encrypt: true, KmsKeyId: 'kms-abcd1234' } }, true],
  ['DiskName of 129 emoji', { ...base, SystemDisk: { DiskName: '😀'.repeat(129) } }, true],
  ['SystemDisk a list', { ...base, SystemDisk: [1] }, true],
  ['SystemDisk empty list', { ...base, SystemDisk: [] }, false],
  ['services', { ...base, EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: 'yes' }, AutomationService: 1 } }, true],
  ['services empty', { ...base, EnhancedService: { SecurityService: {} } }, true],
];

const keysOf = (issues: readonly { readonly severity: string; readonly rule: string; readonly path: readonly (string | number)[] }[]) =>
  issues.map((issue) => `${issue.severity} ${issue.rule} ${JSON.stringify(issue.path)}`).sort();

describe('the benchmark floor implements the same Tencent rules as validate()', () => {
  it.each(CASES)('%s: same issues (severity, rule, path)', (_, payload) => {
    // The floor reports an unknown key as validate() does, `<redacted key N>` (test/bench/floorAgreement.prop.test.ts checks the order too).
    expect(keysOf(handTencent(payload).issues)).toEqual(keysOf(validate(API, payload, { os: 'linux' }).issues));
  });

  it.each(CASES.filter(([, , shared]) => shared))('%s: zod and ajv agree on pass or fail', (_, payload) => {
    const ok = validate(API, payload, { os: 'linux' }).ok;
    expect(zodTencent.safeParse(payload).success).toBe(ok);
    expect(ajvTencent(payload).ok).toBe(ok);
  });
});
