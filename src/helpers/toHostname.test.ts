import { describe, expect, test } from 'vitest';
import { toHostname } from './toHostname.ts';

const tencent = 'tencent.cvm.ResetInstance';
const jd = 'jdcloud.vm.rebuildInstance';

describe('toHostname', () => {
  test.each([
    ['Web Server #1', 'linux', 'web-server-1'],
    ['web..prod.-01', 'linux', 'web.prod.01'],
    ['web.prod.01', 'windows', 'web-prod-01'],
    ['--Ünïcode_Name--', 'linux', 'n-code-name'],
    ['my-very-long-windows-instance-name', 'windows', 'my-very-long-wi'],
    ['12345', 'windows', 'host-12345'],
    ['12345', 'linux', '12345'],
    ['a.b', undefined, 'a-b'],
  ] as const)('%j on %s -> %s', (name, os, hostname) => {
    expect(toHostname(name, { api: tencent, os })).toEqual({ ok: true, hostname });
  });

  test('cuts labels to 63 and the name to the Linux limit without a trailing separator', () => {
    const result = toHostname(`${'a'.repeat(70)}.${'b'.repeat(10)}`, { api: jd, os: 'linux' });
    expect(result).toEqual({ ok: true, hostname: `${'a'.repeat(63)}` });
  });

  test.each([
    ['数据库', 'no-usable-characters'],
    ['---', 'no-usable-characters'],
    ['x', 'too-short'],
    ['字x字', 'too-short'],
  ] as const)('%j gives the reason %s', (name, reason) => {
    expect(toHostname(name, { api: tencent, os: 'linux' })).toEqual({ ok: false, reason });
  });

  test('an API without a hostname parameter says so', () => {
    expect(toHostname('web', { api: 'zenlayer.zec.ResetInstance' })).toEqual({ ok: false, reason: 'no-hostname-parameter' });
    expect(toHostname('web', { api: 'tencent.cvm.ResetInstance@api2' })).toEqual({ ok: false, reason: 'no-hostname-parameter' });
  });
});
