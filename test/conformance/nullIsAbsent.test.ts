/**
 * `null` equals absent, at every depth, for every API: the official JD Cloud Go and Python SDKs and
 * `jdc` send `null` for every parameter the caller did not set. Each parameter of each API's spec, set
 * to `null` in a valid payload, must give exactly the report the payload gives without it; the
 * cross-field rules and the preflight rules must not count a `null` as given.
 */
import { describe, expect, it } from 'vitest';
import { apis, type ApiId } from '../../src/apis.ts';
import { validate, type ValidateOptions } from '../../src/index.ts';
import type { FieldMap } from '../../src/engine/spec/types.ts';

/** A valid payload of each API, with the OS its credential rules need. */
const BASE: Readonly<Record<ApiId, { readonly payload: Record<string, unknown>; readonly options: ValidateOptions }>> = {
  'jdcloud.vm.rebuildInstance': { payload: { regionId: 'cn-north-1', instanceId: 'i-eumm1234d6', password: 'Jd@Cloud2024' }, options: {} },
  'jdcloud.vm.rebuildInstance@1.0.3': { payload: { regionId: 'cn-north-1', instanceId: 'i-eumm1234d6', password: 'Jd@Cloud2024' }, options: {} },
  'zenlayer.zec.ResetInstance': { payload: { instanceId: '1234567890', password: 'Zen@2024ok' }, options: { os: 'linux' } },
  'tencent.cvm.ResetInstance': { payload: { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Qcloud@TestApi123++' } }, options: {} },
  'tencent.cvm.ResetInstance@api2': { payload: { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Qcloud@TestApi123++' } }, options: {} },
  'alibaba.ecs.ReplaceSystemDisk': { payload: { InstanceId: 'i-bp67acfmxazb4ph1qxyz', ImageId: 'm-bp67acfmxazb4ph1abcd', Password: 'EcsV587!' }, options: {} },
  'huawei.ecs.ReinstallServerWithCloudInit': { payload: { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8', 'os-reinstall': { adminpass: 'Cloud@2026x!', mode: 'withStopServer' } }, options: {} },
  'huawei.ecs.ChangeServerOsWithCloudInit': { payload: { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8', 'os-change': { imageid: '67f433d8-ed0e-4321-a8a2-a71838539e09', adminpass: 'Cloud@2026x!' } }, options: {} },
  'huawei.ecs.ReinstallServerWithoutCloudInit': { payload: { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8', 'os-reinstall': { adminpass: 'Cloud@2026x!', mode: 'withStopServer' } }, options: {} },
  'huawei.ecs.ChangeServerOsWithoutCloudInit': { payload: { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8', 'os-change': { imageid: '67f433d8-ed0e-4321-a8a2-a71838539e09', adminpass: 'Cloud@2026x!' } }, options: {} },
};

/** Every parameter path of a field map, through nested objects (array elements are covered below). */
function parameterPaths(fields: FieldMap, prefix: readonly string[] = []): { readonly path: readonly string[]; readonly required: boolean }[] {
  return Object.entries(fields).flatMap(([name, field]) => [
    { path: [...prefix, name], required: field.required === true },
    ...(field.type === 'object' ? parameterPaths(field.fields, [...prefix, name]) : []),
  ]);
}

/** A copy of the payload with `null` at the path, creating the objects above it. */
function withNull(payload: Record<string, unknown>, path: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(payload);
  let target = copy;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    target = (target[key] = typeof next === 'object' && next !== null ? next : {}) as Record<string, unknown>;
  }
  target[path[path.length - 1] as string] = null;
  return copy;
}

/** A copy of the payload without the path. */
function without(payload: Record<string, unknown>, path: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(payload);
  let target: Record<string, unknown> | undefined = copy;
  for (const key of path.slice(0, -1)) target = target?.[key] as Record<string, unknown> | undefined;
  if (target) delete target[path[path.length - 1] as string];
  return copy;
}

const keys = (api: ApiId, payload: unknown, options: ValidateOptions) =>
  validate(api, payload, options).issues.map((issue) => `${issue.severity} ${issue.rule} ${issue.path.join('.')}`);

describe.each(apis.map((api) => [api.id, api] as const))('%s', (id, api) => {
  const { payload, options } = BASE[id];

  it('accepts the base payload', () => {
    expect(validate(id, payload, options).ok).toBe(true);
  });

  it.each(parameterPaths(api.payload.fields).map(({ path, required }) => [path.join('.'), path, required] as const))(
    '%s: null gives the report of the payload without it',
    (_name, path, required) => {
      const nulled = keys(id, withNull(payload, path), options);
      expect(nulled).toEqual(keys(id, without(payload, path), options));
      if (required) expect(nulled).toContain(`error parameter/required ${path.join('.')}`);
    },
  );

  it('an unknown key holding null is not given', () => {
    expect(keys(id, { ...payload, NotAParameter: null }, options)).toEqual(keys(id, payload, options));
  });
});

describe('cross-field rules do not count a null as given', () => {
  it('Tencent: a null Password beside KeyIds is no credential conflict', () => {
    const login = { Password: null, KeyIds: ['skey-3glfot13'], KeepImageLogin: null };
    expect(validate('tencent.cvm.ResetInstance', { InstanceId: 'ins-r8hr2upy', LoginSettings: login }, { os: 'linux' }).issues).toEqual([]);
  });

  it('Zenlayer: a null keyId beside a password is exactly one credential; both null is none', () => {
    expect(validate('zenlayer.zec.ResetInstance', { instanceId: '1234567890', password: 'Zen@2024ok', keyId: null }, { os: 'linux' }).issues).toEqual([]);
    const none = validate('zenlayer.zec.ResetInstance', { instanceId: '1234567890', password: null, keyId: null }, { os: 'linux' });
    expect(none.issues.map((issue) => issue.rule)).toEqual(['credentials/missing']);
  });

  it('JD: imageInherit "yes" ignores no null password or keyNames', () => {
    const payload = { regionId: 'cn-north-1', instanceId: 'i-eumm1234d6', imageInherit: 'yes', password: null, keyNames: null };
    expect(validate('jdcloud.vm.rebuildInstance', payload).issues).toEqual([]);
  });

  it('JD: a null inside an element is an absent value, a null element is the wrong type', () => {
    const base = { regionId: 'cn-north-1', instanceId: 'i-eumm1234d6', password: 'Jd@Cloud2024' };
    const inside = validate('jdcloud.vm.rebuildInstance', { ...base, metadata: [{ key: 'index', value: null }] });
    expect(inside.issues.map((issue) => `${issue.rule} ${issue.path.join('.')}`)).toEqual(['parameter/required metadata.0.value']);
    const element = validate('jdcloud.vm.rebuildInstance', { ...base, keyNames: [null] }, { os: 'linux' });
    expect(element.issues.map((issue) => `${issue.rule} ${issue.path.join('.')}`)).toEqual(['parameter/type keyNames.0']);
  });
});

describe('preflight rules do not count a null as given', () => {
  it('an image precondition belongs to the request as a whole when imageId is null (JD, Zenlayer)', () => {
    const jd = validate('jdcloud.vm.rebuildInstance', { regionId: 'cn-north-1', instanceId: 'i-eumm1234d6', password: 'Jd@Cloud2024', imageId: null }, {
      facts: { instance: { systemDisk: { category: 'local' } }, image: { rootDeviceType: 'cloudDisk' } },
    });
    expect(jd.issues.map((issue) => `${issue.rule} ${issue.path.join('.')}`)).toEqual(['preflight/disk-type ']);
    const zen = validate('zenlayer.zec.ResetInstance', { instanceId: '1234567890', password: 'Zen@2024ok', imageId: null }, { os: 'linux', facts: { image: { status: 'CREATING' } } });
    expect(zen.issues.map((issue) => `${issue.rule} ${issue.path.join('.')}`)).toEqual(['preflight/image-state ']);
  });

  it('Zenlayer: a null password is no password for an image that takes none', () => {
    const payload = { instanceId: '1234567890', password: null, keyId: 'key-YWD2QFOl' };
    expect(validate('zenlayer.zec.ResetInstance', payload, { os: 'linux', facts: { image: { supportsPassword: false } } }).issues).toEqual([]);
  });
});
