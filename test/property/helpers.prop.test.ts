import { describe, expect, test as plainTest } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { ApiId, Os } from '../../src/index.ts';
import { apis, decodeUserdata, encodeUserdata, generatePassword, toHostname, validate } from '../../src/index.ts';
import { numRuns } from './support/numRuns.ts';

/** The smallest payload that carries a password, per API: the fast path checks password issues only. */
const WITH_PASSWORD: Readonly<Record<ApiId, (password: string) => Record<string, unknown>>> = {
  'jdcloud.vm.rebuildInstance': (password) => ({ regionId: 'cn-north-1', instanceId: 'i-abcdefgh12', password }),
  'jdcloud.vm.rebuildInstance@1.0.3': (password) => ({ regionId: 'cn-north-1', instanceId: 'i-abcdefgh12', password }),
  'zenlayer.zec.ResetInstance': (password) => ({ instanceId: '1234567890', password }),
  'tencent.cvm.ResetInstance': (password) => ({ InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: password } }),
  'tencent.cvm.ResetInstance@api2': (password) => ({ InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: password } }),
  'alibaba.ecs.ReplaceSystemDisk': (Password) => ({ InstanceId: 'i-bp67acfmxazb4ph1qxyz', ImageId: 'm-bp67acfmxazb4ph1abcd', Password }),
  'huawei.ecs.ReinstallServerWithCloudInit': (adminpass) => ({ project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8', 'os-reinstall': { adminpass } }),
  'huawei.ecs.ChangeServerOsWithCloudInit': (adminpass) => ({ project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8', 'os-change': { imageid: '67f433d8-ed0e-4321-a8a2-a71838539e09', adminpass } }),
  'huawei.ecs.ReinstallServerWithoutCloudInit': (adminpass) => ({ project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8', 'os-reinstall': { adminpass } }),
  'huawei.ecs.ChangeServerOsWithoutCloudInit': (adminpass) => ({ project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8', 'os-change': { imageid: '67f433d8-ed0e-4321-a8a2-a71838539e09', adminpass } }),
};

const HOSTNAME_PAYLOAD: Partial<Record<ApiId, (hostname: string) => Record<string, unknown>>> = {
  'jdcloud.vm.rebuildInstance': (hostname) => ({ regionId: 'cn-north-1', instanceId: 'i-abcdefgh12', hostname }),
  'tencent.cvm.ResetInstance': (hostname) => ({ InstanceId: 'ins-r8hr2upy', HostName: hostname }),
};

const API_IDS = apis.map((api) => api.id);
const OSES: readonly (Os | undefined)[] = ['linux', 'windows', undefined];
const PASSWORDS = numRuns(10_000);

const passwordIssues = (api: ApiId, password: string, os: Os | undefined) =>
  validate(api, WITH_PASSWORD[api](password), os ? { os } : {}).issues.filter((issue) => issue.rule.startsWith('password/'));

describe('generatePassword', () => {
  plainTest.each(API_IDS.flatMap((api) => OSES.map((os) => [api, os] as const)))(
    `${PASSWORDS} passwords for %s (os %s) all pass validate`,
    (api, os) => {
      for (let run = 0; run < PASSWORDS; run++) {
        const password = generatePassword({ api, os });
        const issues = passwordIssues(api, password, os);
        if (issues.length > 0) expect({ run, issues }).toEqual({ run, issues: [] });
      }
    },
  );

  test.prop([fc.constantFrom(...API_IDS), fc.constantFrom(...OSES), fc.infiniteStream(fc.noBias(fc.nat({ max: 0xffff_ffff }))), fc.nat({ max: 40 })], {
    numRuns: numRuns(300),
  })('any random source of 32-bit values and any length asked give a valid password', (api, os, stream, length) => {
    const values = stream[Symbol.iterator]();
    const random = (cells: Uint32Array): Uint32Array => {
      cells.forEach((_, index) => (cells[index] = values.next().value ?? 0));
      return cells;
    };
    const password = generatePassword({ api, os }, { random, length });
    expect(passwordIssues(api, password, os)).toEqual([]);
  });
});

describe('toHostname', () => {
  const hostnameApis = Object.keys(HOSTNAME_PAYLOAD) as ApiId[];
  const nameArb = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'aZ09.-_ #é字\u0130'), maxLength: 90 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.stringMatching(/^\d{1,30}$/),
  );

  test.prop([fc.constantFrom(...hostnameApis), fc.constantFrom(...OSES), nameArb], { numRuns: numRuns(2000) })(
    'any hostname it makes passes every hostname rule, on the OS asked for (both when none)',
    (api, os, name) => {
      const result = toHostname(name, { api, os });
      if (!result.ok) return;
      const payload = HOSTNAME_PAYLOAD[api]?.(result.hostname) ?? {};
      for (const checkOs of os ? [os] : (['linux', 'windows'] as const)) {
        const issues = validate(api, payload, { os: checkOs }).issues.filter((issue) => issue.rule.startsWith('hostname/'));
        expect(issues).toEqual([]);
      }
    },
  );

  test.prop([fc.constantFrom(...hostnameApis), fc.constantFrom(...OSES), nameArb], { numRuns: numRuns(500) })(
    'it fails only when the name has too few ASCII letters or digits',
    (api, os, name) => {
      const result = toHostname(name, { api, os });
      const alnum = name.replace(/[^a-z\d]/gi, '').length;
      if (!result.ok) expect(alnum).toBeLessThan(2);
    },
  );
});

describe('encodeUserdata / decodeUserdata', () => {
  const base64Apis: readonly ApiId[] = ['tencent.cvm.ResetInstance', 'jdcloud.vm.rebuildInstance'];

  test.prop([fc.constantFrom(...base64Apis), fc.constantFrom(...OSES), fc.string({ unit: 'binary', maxLength: 300 })], {
    numRuns: numRuns(1000),
  })('round-trips any well-formed text through Base64', (api, os, script) => {
    expect(decodeUserdata(encodeUserdata(script, { api, os }).value)).toBe(script);
  });

  test.prop([fc.constantFrom(...OSES), fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('bash', 'python', 'cmd', 'powershell')], {
    numRuns: numRuns(500),
  })('a script framed on request passes validate on JD for the OS of its frame', (_os, script, frame) => {
    const os: Os = frame === 'cmd' || frame === 'powershell' ? 'windows' : 'linux';
    const encoded = encodeUserdata(script.replace(/^#!/, ''), { api: 'jdcloud.vm.rebuildInstance', os }, { frame });
    const report = validate(
      'jdcloud.vm.rebuildInstance',
      { regionId: 'cn-north-1', instanceId: 'i-abcdefgh12', userdata: [{ key: 'launch-script', value: encoded.value }] },
      { os },
    );
    expect(encoded.issues).toEqual([]);
    expect(report.issues.filter((issue) => issue.rule.startsWith('userdata/'))).toEqual([]);
  });
});
