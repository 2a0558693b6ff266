import { describe, expect, test } from 'vitest';
import type { Os } from '../../rules/finding.ts';
import { validate } from '../../validate.ts';
import { HUAWEI_LINUX_DISPUTED_SPECIALS, HUAWEI_LINUX_SPECIALS, HUAWEI_WINDOWS_DISPUTED_SPECIALS, HUAWEI_WINDOWS_SPECIALS } from './policies.ts';

const R2 = 'huawei.ecs.ReinstallServerWithCloudInit';
const C2 = 'huawei.ecs.ChangeServerOsWithCloudInit';
const R1 = 'huawei.ecs.ReinstallServerWithoutCloudInit';
const C1 = 'huawei.ecs.ChangeServerOsWithoutCloudInit';
type Api = typeof R2 | typeof C2 | typeof R1 | typeof C1;
const PATH = { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8' } as const;
const IMAGE = '67f433d8-ed0e-4321-a8a2-a71838539e09';
const b64 = (text: string) => Buffer.from(text).toString('base64');

/** Runs `validate` on a body of an API and reduces the report to `severity rule path` lines. */
function keys(api: Api, body: Record<string, unknown>, os?: Os): string[] {
  const member = api === C2 || api === C1 ? 'os-change' : 'os-reinstall';
  return validate(api, { ...PATH, [member]: body }, os ? { os } : {}).issues.map((issue) => `${issue.severity} ${issue.rule} ${issue.path.join('.')}`);
}
const password = (value: string, os?: Os) => keys(R2, { adminpass: value }, os);

describe('vendor examples', () => {
  test('the v2 reinstall page’s request example (password, user data, withStopServer) passes; on Linux the password is ignored beside user data', () => {
    const body = { adminpass: '!QAZxsw2', userid: '7e25b1da389f4697a79df3a0e5bd494e', metadata: { user_data: 'IyEvYmluL2Jhc2gKZWNobyB1c2VyX3Rlc3QgPiAvaG9tZS91c2VyLnR4dA==' }, mode: 'withStopServer' };
    expect(keys(R2, body, 'windows')).toEqual([]);
    expect(keys(R2, body, 'linux')).toEqual(['warning credentials/ignored os-reinstall.adminpass']);
  });

  test('the v2 change-OS page’s key-pair example passes', () => {
    expect(keys(C2, { keyname: 'KeyPair-350b', userid: '7e25b1da389f4697a79df3a0e5bd494e', imageid: IMAGE, mode: 'withStopServer' }, 'linux')).toEqual([]);
  });

  test('the v1 change-OS page’s example (password, encrypted system disk) passes', () => {
    expect(keys(C1, { adminpass: '!QAZxsw2', imageid: IMAGE, metadata: { __system__encrypted: '1', __system__cmkid: '83cdb52d-9ebf-4469-9cfa-e7b5b80da846' } })).toEqual([]);
  });
});

describe('password (docs/vendors/huawei.md#password)', () => {
  test('8-26 characters, 3 of 4 classes, on every reading', () => {
    expect(password('Cl@2026')).toEqual(['error password/length os-reinstall.adminpass']);
    expect(password(`Cl@2026${'x'.repeat(20)}`)).toEqual(['error password/length os-reinstall.adminpass']);
    expect(password(`Cl@2026${'x'.repeat(19)}`)).toEqual([]);
    expect(password('cloud2026x')).toEqual(['error password/classes os-reinstall.adminpass']);
  });

  test('the specials every reading accepts pass on their OS; a character no reading allows is an error', () => {
    for (const special of HUAWEI_LINUX_SPECIALS) expect(password(`Cloud2026${special}`, 'linux'), special).toEqual([]);
    for (const special of HUAWEI_WINDOWS_SPECIALS) expect(password(`Cloud2026${special}`, 'windows'), special).toEqual([]);
    for (const bad of [' ', '"', '&', "'", ';', '<', '>', '\\', '`', '|', 'é']) expect(password(`Cloud2026${bad}`), bad).toEqual(['error password/charset os-reinstall.adminpass']);
  });

  test('the disputed specials warn on their OS; ( and ) are errors on Linux only', () => {
    for (const special of HUAWEI_LINUX_DISPUTED_SPECIALS) expect(password(`Cloud2026${special}`, 'linux'), special).toEqual(['warning password/charset os-reinstall.adminpass']);
    for (const special of HUAWEI_WINDOWS_DISPUTED_SPECIALS) expect(password(`Cloud2026${special}`, 'windows'), special).toEqual(['warning password/charset os-reinstall.adminpass']);
    expect(password('Cloud2026(', 'linux')).toEqual(['error password/charset os-reinstall.adminpass']);
    expect(password('Cloud2026(')).toEqual(['warning password/charset os-reinstall.adminpass']);
  });

  test('a leading / warns on Windows only (the user guides’ rule)', () => {
    expect(password('/Cloud2026x', 'windows')).toEqual(['warning password/charset os-reinstall.adminpass']);
    expect(validate(R2, { ...PATH, 'os-reinstall': { adminpass: '/Cloud2026x' } }, { os: 'windows' }).issues[0]?.message).toBe('Do not start the password with "/".');
    expect(password('/Cloud2026x', 'linux')).toEqual([]);
  });
});

describe('the administrator name (docs/vendors/huawei.md#admin-name)', () => {
  test('Windows: the name, its reverse or 3 consecutive characters are errors; a case-folded match warns', () => {
    expect(password('Cloud@Adm26', 'windows')).toEqual(['error password/contains-username os-reinstall.adminpass']);
    expect(password('Cloud@rotartsinimdA', 'windows')).toEqual(['error password/contains-username os-reinstall.adminpass']);
    expect(password('Cloud@tor26', 'windows')).toEqual(['error password/contains-username os-reinstall.adminpass']);
    expect(password('Cloud@TRA26', 'windows')).toEqual(['warning password/contains-username os-reinstall.adminpass']);
    expect(password('Cloud@rot26', 'windows')).toEqual([]);
  });

  test('Linux: root or toor only warns; with the OS unknown the Windows error is a warning', () => {
    expect(password('Cloud@root26', 'linux')).toEqual(['warning password/contains-username os-reinstall.adminpass']);
    expect(password('Cloud@Toor26', 'linux')).toEqual(['warning password/contains-username os-reinstall.adminpass']);
    expect(password('Cloud@roo26', 'linux')).toEqual([]);
    expect(password('Cloud@Adm26')).toEqual(['warning password/contains-username os-reinstall.adminpass']);
    expect(validate(R2, { ...PATH, 'os-reinstall': { adminpass: 'Cloud@Adm26' } }).issues[0]).toMatchObject({ message: expect.stringMatching(/^If the target image runs Windows: /), vendor: { code: 'Ecs.0011' } });
  });
});

describe('credentials (docs/vendors/huawei.md#credentials)', () => {
  test('adminpass and keyname are not both given', () => {
    expect(keys(R2, { adminpass: 'Cloud@2026x!', keyname: 'k', userid: '7e25b1da389f4697a79df3a0e5bd494e' })).toEqual(['error credentials/conflict os-reinstall.keyname']);
  });

  test('v2: with neither, metadata.user_data is required; null and an empty object count as absent', () => {
    expect(keys(R2, { mode: 'withStopServer' })).toEqual(['error parameter/required-when-empty os-reinstall.metadata.user_data']);
    expect(keys(R2, { adminpass: null, metadata: {}, mode: 'withStopServer' })).toEqual(['error parameter/required-when-empty os-reinstall.metadata.user_data']);
    expect(keys(C2, { imageid: IMAGE, metadata: { user_data: b64('#cloud-config\n') } }, 'linux')).toEqual([]);
  });

  test('v1: one of the two is required; a key pair on Windows is refused by the change OS, disputed for the reinstall', () => {
    expect(keys(R1, { mode: 'withStopServer' })).toEqual(['error credentials/missing os-reinstall.adminpass']);
    expect(keys(C1, { imageid: IMAGE, keyname: 'k' }, 'windows')).toEqual(['error credentials/unsupported os-change.keyname']);
    expect(keys(R1, { keyname: 'k' }, 'windows')).toEqual(['warning credentials/unsupported os-reinstall.keyname']);
    expect(keys(C1, { imageid: IMAGE, keyname: 'k' }, 'linux')).toEqual([]);
  });

  test('v2: a key pair without userid warns (one reading requires it, another falls back to the token)', () => {
    expect(keys(R2, { keyname: 'k' }, 'linux')).toEqual(['warning parameter/required os-reinstall.userid']);
    expect(keys(R1, { keyname: 'k' }, 'linux')).toEqual([]);
  });
});


describe('path parameters, ids and enums', () => {
  test('a server_id or project_id that moves the URL, or is empty, is an error; another shape warns', () => {
    for (const server_id of ['a/b', 'x?y', 'x#y', '%2e', 'a b', '']) {
      expect(validate(R2, { ...PATH, server_id, 'os-reinstall': { adminpass: 'Cloud@2026x!' } }).issues.map((issue) => `${issue.severity} ${issue.rule}`), server_id).toEqual(['error identifier/format']);
    }
    expect(validate(R2, { ...PATH, server_id: 'ecs-1', 'os-reinstall': { adminpass: 'Cloud@2026x!' } }).issues.map((issue) => issue.severity)).toEqual(['warning']);
    expect(validate(R2, { ...PATH, project_id: 'proj-1', 'os-reinstall': { adminpass: 'Cloud@2026x!' } }).issues.map((issue) => issue.severity)).toEqual(['warning']);
  });

  test('imageid is a UUID, required for a change OS, unknown to a reinstall', () => {
    expect(keys(C2, { imageid: 'ubuntu', adminpass: 'Cloud@2026x!' })).toEqual(['error identifier/format os-change.imageid']);
    expect(keys(C2, { adminpass: 'Cloud@2026x!' })).toEqual(['error parameter/required os-change.imageid']);
    // An unknown key with no near name is redacted in the path: it may be text split off a password.
    expect(keys(R2, { imageid: IMAGE, adminpass: 'Cloud@2026x!' })).toEqual(['warning parameter/unknown os-reinstall.<redacted key 0>']);
  });

  test('mode and __system__encrypted take their values; BYOL and isAutoPay others only warn', () => {
    expect(keys(R2, { adminpass: 'Cloud@2026x!', mode: 'WithStopServer' })).toEqual(['error parameter/enum os-reinstall.mode']);
    expect(keys(R2, { adminpass: 'Cloud@2026x!', metadata: { __system__encrypted: 'yes' } })).toEqual(['error parameter/enum os-reinstall.metadata.__system__encrypted']);
    expect(keys(R2, { adminpass: 'Cloud@2026x!', metadata: { BYOL: 'false' } })).toEqual(['warning parameter/enum os-reinstall.metadata.BYOL']);
    expect(keys(C2, { imageid: IMAGE, adminpass: 'Cloud@2026x!', isAutoPay: 'yes' })).toEqual(['warning parameter/enum os-change.isAutoPay']);
  });

  test('the key id is 36 characters and goes with __system__encrypted "1"', () => {
    expect(keys(R2, { adminpass: 'Cloud@2026x!', metadata: { __system__encrypted: '1', __system__cmkid: 'abc' } })).toEqual(['error identifier/format os-reinstall.metadata.__system__cmkid']);
    expect(keys(R2, { adminpass: 'Cloud@2026x!', metadata: { __system__encrypted: '1' } })).toEqual(['warning parameter/required os-reinstall.metadata.__system__cmkid']);
    expect(keys(R2, { adminpass: 'Cloud@2026x!', metadata: { __system__encrypted: '0', __system__cmkid: '83cdb52d-9ebf-4469-9cfa-e7b5b80da846' } })).toEqual(['warning parameter/enum os-reinstall.metadata.__system__encrypted']);
  });
});

describe('user data (docs/vendors/huawei.md#user-data)', () => {
  const userData = (value: string, os?: Os) => keys(R2, { keyname: 'k', userid: '7e25b1da389f4697a79df3a0e5bd494e', metadata: { user_data: value } }, os);

  test('32768 bytes before encoding pass, one more is an error', () => {
    expect(userData(b64(`#!/bin/bash\n${'e'.repeat(32768 - 12)}`), 'linux')).toEqual([]);
    expect(userData(b64(`#!/bin/bash\n${'e'.repeat(32768 - 11)}`), 'linux')).toEqual(['error userdata/size os-reinstall.metadata.user_data']);
  });

  test('strict Base64; on Linux a missing Cloud-Init marker warns, gzip passes, Windows has no framing rule', () => {
    expect(userData('#!/bin/bash', 'linux')).toEqual(['error userdata/base64 os-reinstall.metadata.user_data']);
    expect(userData(b64('echo hi\n'), 'linux')).toEqual(['warning userdata/framing os-reinstall.metadata.user_data']);
    expect(userData(b64('rem cmd\r\necho hi\r\n'), 'windows')).toEqual([]);
    expect(userData(Buffer.from([0x1f, 0x8b, 8, 0, 1, 2]).toString('base64'), 'linux')).toEqual([]);
  });

  test('v1 has no user data: an unknown member', () => {
    expect(keys(R1, { adminpass: 'Cloud@2026x!', metadata: { user_data: b64('#cloud-config\n') } })).toEqual(['warning parameter/unknown os-reinstall.metadata.<redacted key 0>']);
  });
});
