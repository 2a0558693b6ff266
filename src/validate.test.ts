import { describe, expect, it } from 'vitest';
import { apis } from './apis.ts';
import { validate } from './validate.ts';

describe('validate', () => {
  it('throws a TypeError that lists the known ids for an unknown API id', () => {
    expect(() => validate('tencent.cvm.Nope' as 'tencent.cvm.ResetInstance', {})).toThrow(TypeError);
    expect(() => validate('tencent.cvm.Nope' as 'tencent.cvm.ResetInstance', {})).toThrow(
      apis.map((api) => api.id).join(', '),
    );
  });

  it('answers in the requested language', () => {
    const payload = { InstanceId: 'ins-r8hr2upy', HostName: 'a' };
    expect(validate('tencent.cvm.ResetInstance', payload, { lang: 'zh-CN' }).issues[0]?.message).toBe('主机名长度须为 2-15 个字符。');
    expect(validate('tencent.cvm.ResetInstance', payload).issues[0]?.message).toBe('Use 2-15 characters for the hostname.');
  });

  it('takes the OS from the image facts, else the instance facts, when no os is given', () => {
    const payload = { InstanceId: 'ins-r8hr2upy', HostName: 'web.example' };
    const severity = (options: Parameters<typeof validate>[2]) =>
      validate('tencent.cvm.ResetInstance', payload, options).issues.map((issue) => issue.severity);
    expect(severity({})).toEqual(['warning']);
    expect(severity({ facts: { image: { os: 'windows' } } })).toEqual(['error']);
    expect(severity({ facts: { instance: { os: 'windows' } } })).toEqual(['error']);
    expect(severity({ facts: { image: { os: 'linux' }, instance: { os: 'windows' } } })).toEqual([]);
    expect(severity({ os: 'linux', facts: { image: { os: 'windows' } } })).toEqual([]);
  });

  it('reports a payload whose properties cannot be read instead of throwing', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(validate('tencent.cvm.ResetInstance', hostile)).toMatchObject({ ok: false, issues: [{ rule: 'parameter/type', path: [] }] });
  });

  it('gives each report its own issues: a caller that changes one changes no later report', () => {
    const payload = { InstanceId: 'ins-1122', LoginSettings: { Password: 'abcdefgh' }, Placement: {} };
    const first = validate('tencent.cvm.ResetInstance', payload, { os: 'linux' });
    const expected = structuredClone(first);
    for (const issue of first.issues) {
      issue.path.push('changed');
      (issue as { message: string }).message = 'changed';
    }
    first.issues.length = 0;
    const second = validate('tencent.cvm.ResetInstance', payload, { os: 'linux' });
    expect(second).toEqual(expected);
    expect(second.issues.map((issue) => issue.rule)).toEqual(['parameter/unknown', 'identifier/format', 'password/classes']);
  });

  it('lists every API with its endpoint and documentation', () => {
    for (const api of apis) {
      expect(api.endpoint).toMatch(/^https:\/\//);
      expect(api.doc).toMatch(/^https:\/\//);
      expect(api.payload.fields).toBeTypeOf('object');
    }
  });
});
