import { describe, expect, test } from 'vitest';
import { validate } from '../../src/validate.ts';

/**
 * The example requests of the API 3.0 and legacy API 2.0 pages, line
 * for line as the documents print them. Their last line,
 * `&<Common request parameters>` (the legacy page: a link to 公共请求参数), is a
 * placeholder for the signature parameters, not wire text, so it is dropped.
 */
const SEED_003 = [
  'https://cvm.tencentcloudapi.com/?Action=ResetInstance',
  '&InstanceId=ins-r8hr2upy',
  '&ImageId=img-pmqg1cw7',
  '&SystemDisk.DiskSize=60',
  '&LoginSettings.Password=Qcloud@TestApi123++',
  '&EnhancedService.SecurityService.Enabled=TRUE',
  '&EnhancedService.MonitorService.Enabled=TRUE',
].join('');

const SEED_004 = [
  'https://cvm.api.qcloud.com/v2/index.php?Action=ResetInstance',
  '&Version=2017-03-12',
  '&InstanceId=ins-r8hr2upy',
  '&ImageId=img-pmqg1cw7',
  '&SystemDisk.DiskSize=60',
  '&LoginSettings.Password=Qcloud@TestApi123++',
  '&EnhancedService.SecurityService.Enabled=TRUE',
  '&EnhancedService.MonitorService.Enabled=TRUE',
].join('');

const CASES = [
  ['tencent.cvm.ResetInstance', SEED_003],
  ['tencent.cvm.ResetInstance@api2', SEED_004],
] as const;

const encodePlus = (url: string): string => url.replaceAll('+', '%2B');

describe.each(CASES)('seed example URL against %s', (api, url) => {
  test.each(['linux', 'windows', undefined] as const)('passes with + sent as %%2B (os %s)', (os) => {
    expect(validate(api, encodePlus(url), os ? { encoding: 'query', os } : { encoding: 'query' })).toEqual({
      api,
      ok: true,
      issues: [],
    });
  });

  test('passes as a query string and as a flat map of decoded values', () => {
    const query = encodePlus(url.slice(url.indexOf('?') + 1));
    expect(validate(api, query, { encoding: 'query', os: 'linux' }).ok).toBe(true);
    expect(validate(api, Object.fromEntries(new URLSearchParams(query)), { encoding: 'query', os: 'linux' }).ok).toBe(true);
  });

  test('as printed, fails on the password: the literal + is a space and must be sent as %2B', () => {
    const report = validate(api, url, { encoding: 'query', os: 'linux' });
    expect(report.ok).toBe(false);
    expect(report.issues).toHaveLength(1);
    const [issue] = report.issues;
    expect(issue?.rule).toBe('password/charset');
    expect(issue?.path).toEqual(['LoginSettings', 'Password']);
    expect(issue?.message).toContain('a literal "+" is a space');
    expect(issue?.message).toContain('%2B');
    expect(issue?.message).not.toContain('TestApi');
    const zh = validate(api, url, { encoding: 'query', os: 'linux', lang: 'zh-CN' }).issues[0]?.message;
    expect(zh).toContain('%2B');
    expect(zh).toContain('空格');
  });

  test('the signature parameters of a signed URL are transport, not unknown parameters', () => {
    const signed = `${encodePlus(url)}&Region=ap-guangzhou&Timestamp=1465185768&Nonce=11886&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Signature=a%2Bb%3D&SignatureMethod=HmacSHA256`;
    expect(validate(api, signed, { encoding: 'query', os: 'linux' }).issues).toEqual([]);
  });
});

describe('query encoding through validate', () => {
  test('Action and Version are checked where present', () => {
    const report = validate('tencent.cvm.ResetInstance', 'Action=RunInstances&Version=2017-03-13&InstanceId=ins-r8hr2upy', {
      encoding: 'query',
    });
    expect(report.issues.map(({ rule, path }) => [rule, path])).toEqual([
      ['parameter/enum', ['Action']],
      ['parameter/enum', ['Version']],
    ]);
  });

  test('wrong form values get form-worded messages at the nested path', () => {
    const report = validate(
      'tencent.cvm.ResetInstance',
      'InstanceId=ins-r8hr2upy&SystemDisk.DiskSize=-5&EnhancedService.MonitorService.Enabled=yes',
      { encoding: 'query' },
    );
    expect(report.issues.map(({ rule, path, message }) => [rule, path, message])).toEqual([
      ['parameter/type', ['SystemDisk', 'DiskSize'], 'Use a whole number written in digits here.'],
      ['parameter/type', ['EnhancedService', 'MonitorService', 'Enabled'], 'Use TRUE, true, FALSE or false here.'],
    ]);
  });

  test('malformed flattening is a parameter/flattening error with the vendor code, never a throw', () => {
    const report = validate(
      'tencent.cvm.ResetInstance',
      'InstanceId=ins-r8hr2upy&LoginSettings.KeyIds.0=skey-aaaaaaaa&LoginSettings.KeyIds.2=skey-bbbbbbbb&LoginSettings.KeyIds.x=1',
      { encoding: 'query', os: 'linux' },
    );
    expect(report.ok).toBe(false);
    expect(report.issues.map(({ rule, path, vendor }) => [rule, path, vendor?.code])).toEqual([
      // "x" is no parameter: it may be text split off a password, so the path names it by its position only.
      ['parameter/flattening', ['LoginSettings', 'KeyIds', '<redacted key 2>'], 'InvalidParameterValue'],
      ['parameter/flattening', ['LoginSettings', 'KeyIds'], 'InvalidParameterValue'],
    ]);
    expect(report.issues[1]?.message).toBe('Number the elements of "LoginSettings.KeyIds" from 0 without gaps: element 1 is missing.');
  });

  test('a + in a value that still passes adds nothing; a + elsewhere gets the hint on its own issue only', () => {
    const report = validate('tencent.cvm.ResetInstance', 'InstanceId=ins-r8hr2upy&HostName=a+b&Region=ap+x', { encoding: 'query', os: 'linux' });
    expect(report.issues.map(({ rule, path }) => [rule, path])).toEqual([['hostname/charset', ['HostName']]]);
    expect(report.issues[0]?.message).toContain('%2B');
  });

  test('input that is no query is a type issue at the root, whatever it is', () => {
    for (const input of [null, 42, [], new Map()]) {
      const report = validate('tencent.cvm.ResetInstance', input, { encoding: 'query' });
      expect(report.issues.map(({ rule, path, message }) => [rule, path, message])).toEqual([
        ['parameter/type', [], 'Give a request URL, a query string or a flat map of strings.'],
      ]);
    }
  });

  test.each(['jdcloud.vm.rebuildInstance', 'jdcloud.vm.rebuildInstance@1.0.3', 'zenlayer.zec.ResetInstance'] as const)(
    'encoding query for %s, which takes a JSON body only, is a TypeError (a programming error)',
    (api) => {
      expect(() => validate(api, 'instanceId=x', { encoding: 'query' })).toThrow(TypeError);
    },
  );

  test('a flat map whose getter throws is reported, not thrown', () => {
    const hostile = Object.defineProperty({}, 'InstanceId', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(validate('tencent.cvm.ResetInstance', hostile, { encoding: 'query' }).issues[0]?.rule).toBe('parameter/type');
  });
});
