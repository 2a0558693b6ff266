import { describe, expect, test } from 'vitest';
import { encodeUserdata } from './encodeUserdata.ts';

const jd = 'jdcloud.vm.rebuildInstance';

describe('encodeUserdata', () => {
  test('encodes UTF-8 Base64 with padding', () => {
    expect(encodeUserdata("#!/bin/bash\necho '123'", { api: jd, os: 'linux' })).toEqual({
      ok: true,
      value: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw==',
      encoding: 'base64',
      issues: [],
    });
  });

  test('wraps a PowerShell body in tags when asked, and never twice', () => {
    const once = encodeUserdata('Write-Output hi', { api: jd, os: 'windows' }, { frame: 'powershell' });
    expect(atob(once.value)).toBe('<powershell>\nWrite-Output hi\n</powershell>');
    expect(encodeUserdata(atob(once.value), { api: jd, os: 'windows' }, { frame: 'powershell' }).value).toBe(once.value);
  });

  test('reports JD framing at the wire path with the vendor code', () => {
    const result = encodeUserdata('echo hi', { api: jd, os: 'linux' });
    expect(result.ok).toBe(false);
    expect(result.issues.map(({ rule, path, vendor }) => [rule, path, vendor])).toEqual([
      ['userdata/framing', ['userdata', 0, 'value'], { code: 'INVALID_ARGUMENT', status: 400 }],
    ]);
  });

  test('checks the size against the vendor cap: JD before encoding, Tencent after', () => {
    const script = `#!/bin/bash\n${'x'.repeat(16384)}`;
    expect(encodeUserdata(script, { api: jd, os: 'linux' }).issues.map(({ rule }) => rule)).toEqual(['userdata/size']);
    const tencent = encodeUserdata('x'.repeat(12289), { api: 'tencent.cvm.ResetInstance' }, { lang: 'zh-CN' });
    expect(tencent.ok).toBe(false);
    expect(tencent.issues[0]?.message).toContain('16384');
    expect(encodeUserdata('x'.repeat(12288), { api: 'tencent.cvm.ResetInstance' }).ok).toBe(true);
  });

  test('Zenlayer takes opaque text: returned as is, a size warning above 16384 bytes', () => {
    expect(encodeUserdata('echo hi', { api: 'zenlayer.zec.ResetInstance' })).toEqual({ ok: true, value: 'echo hi', encoding: 'text', issues: [] });
    const big = encodeUserdata('字'.repeat(6000), { api: 'zenlayer.zec.ResetInstance' });
    expect(big.ok).toBe(true);
    expect(big.issues.map(({ rule, severity }) => [rule, severity])).toEqual([['userdata/size', 'warning']]);
  });

  test('an API without user data is a TypeError', () => {
    expect(() => encodeUserdata('x', { api: 'tencent.cvm.ResetInstance@api2' })).toThrow(TypeError);
  });
});
