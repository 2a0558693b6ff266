import { describe, expect, test } from 'vitest';
import type { Os } from '../../rules/finding.ts';
import { validate } from '../../validate.ts';
import { ZENLAYER_DISPUTED_SPECIALS, ZENLAYER_PASSWORD_SPECIALS } from './policies.ts';

const API = 'zenlayer.zec.ResetInstance';
const INSTANCE = { instanceId: '759357236395203627' } as const;

/** Runs `validate` and reduces the report to `severity rule path` lines. */
function keys(payload: Record<string, unknown>, os?: Os): string[] {
  return validate(API, { ...INSTANCE, ...payload }, os ? { os } : {}).issues.map(
    (issue) => `${issue.severity} ${issue.rule} ${JSON.stringify(issue.path)}`,
  );
}

const vendorOf = (payload: Record<string, unknown>, os?: Os) =>
  validate(API, { ...INSTANCE, ...payload }, os ? { os } : {}).issues.map((issue) => issue.vendor?.code);

describe('vendor examples', () => {
  test('the password example Instance@010 passes', () => {
    expect(keys({ password: 'Instance@010' }, 'linux')).toEqual([]);
  });

  test('the key pair example and the docs’ example password pass (the API page prints no request body)', () => {
    expect(keys({ keyId: 'key-YWD2QFOl', imageId: 'ubuntu2404_20240712', timezone: 'America/Los_Angeles' }, 'linux')).toEqual([]);
    expect(keys({ password: 'Example+123', enableAgent: true, instanceName: 'web-01.prod' }, 'linux')).toEqual([]);
  });
});

describe('ids', () => {
  test('instanceId is required and not empty; its format is opaque', () => {
    expect(validate(API, { password: 'Instance@010' }, { os: 'linux' }).issues.map((issue) => issue.rule)).toEqual(['parameter/required']);
    expect(keys({ instanceId: '', password: 'Instance@010' }, 'linux')).toEqual(['error identifier/format ["instanceId"]']);
    expect(keys({ instanceId: 'any shape at all', password: 'Instance@010' }, 'linux')).toEqual([]);
  });

  test('imageId is not empty', () => {
    expect(keys({ imageId: '', password: 'Instance@010' }, 'linux')).toEqual(['error identifier/format ["imageId"]']);
  });

  test('keyId: empty is an error, the key- shape only warns', () => {
    expect(keys({ keyId: '' }, 'linux')).toEqual(['error identifier/format ["keyId"]']);
    expect(keys({ keyId: 'kp-123' }, 'linux')).toEqual(['warning identifier/format ["keyId"]']);
    expect(keys({ keyId: 'key-' }, 'linux')).toEqual(['warning identifier/format ["keyId"]']);
    expect(keys({ keyId: 'key-abc_1' }, 'linux')).toEqual(['warning identifier/format ["keyId"]']);
  });
});

describe('password', () => {
  const at = (value: string) => keys({ password: value }, 'linux');

  test('8-16 characters', () => {
    expect(at('Abcde1@')).toEqual(['error password/length ["password"]']);
    expect(at('Abcde1@x')).toEqual([]);
    expect(at('Abcde1@xAbcde1@x')).toEqual([]);
    expect(at('Abcde1@xAbcde1@xy')).toEqual(['error password/length ["password"]']);
  });

  test('a letter (either case), a digit and a special', () => {
    expect(at('abcdefg@')).toEqual(['error password/classes ["password"]']);
    expect(at('1234567@')).toEqual(['error password/classes ["password"]']);
    expect(at('abcdefg1')).toEqual(['error password/classes ["password"]']);
    expect(at('abcdef1@')).toEqual([]);
    expect(at('ABCDEF1@')).toEqual([]);
  });

  test('the ten specials every revision accepts', () => {
    for (const special of ZENLAYER_PASSWORD_SPECIALS) expect(at(`Abcdef1${special}`), special).toEqual([]);
  });

  test('|;:,.? and backtick: newer revisions only, a warning, and they count as the special', () => {
    expect([...ZENLAYER_DISPUTED_SPECIALS].sort()).toEqual([...'|;:,.?`'].sort());
    for (const special of ZENLAYER_DISPUTED_SPECIALS) expect(at(`Abcdef1${special}`), special).toEqual(['warning password/charset ["password"]']);
  });

  test('everything else is an error', () => {
    for (const bad of ['#', '%', '&', '(', '"', '\\', ' ', 'é', '中']) expect(at(`Abcdef1@${bad}`), bad).toEqual(['error password/charset ["password"]']);
  });

  test('answers 400 INVALID_PASSWORD_MALFORMED', () => {
    expect(validate(API, { ...INSTANCE, password: 'short' }, { os: 'linux' }).issues[0]?.vendor).toEqual({
      code: 'INVALID_PASSWORD_MALFORMED',
      status: 400,
    });
  });
});

describe('credentials', () => {
  const password = 'Instance@010';
  const keyId = 'key-YWD2QFOl';

  test('Linux: exactly one of password and keyId', () => {
    expect(keys({ password }, 'linux')).toEqual([]);
    expect(keys({ keyId }, 'linux')).toEqual([]);
    expect(keys({ password, keyId }, 'linux')).toEqual(['error credentials/conflict ["keyId"]']);
    expect(keys({}, 'linux')).toEqual(['error credentials/missing ["password"]']);
    expect(vendorOf({ password, keyId }, 'linux')).toEqual(['INVALID_LOGIN_SETTING_CONFLICT']);
    expect(vendorOf({}, 'linux')).toEqual(['INVALID_LOGIN_SETTING_CONFLICT']);
  });

  test('Windows: neither', () => {
    expect(keys({}, 'windows')).toEqual([]);
    expect(keys({ password }, 'windows')).toEqual(['error credentials/unsupported ["password"]']);
    expect(keys({ keyId }, 'windows')).toEqual(['error credentials/unsupported ["keyId"]']);
    expect(vendorOf({ password }, 'windows')).toEqual(['INVALID_IMAGE_PASSWORD_NOT_SUPPORT']);
    expect(vendorOf({ keyId }, 'windows')).toEqual(['INVALID_IMAGE_KEY_PAIR_NOT_SUPPORT']);
  });

  test('OS unknown: both given is an error, none given a warning, one given a Windows warning', () => {
    expect(keys({ password, keyId }).filter((key) => key.startsWith('error'))).toEqual([
      'error credentials/unsupported ["password"]',
      'error credentials/unsupported ["keyId"]',
      'error credentials/conflict ["keyId"]',
    ]);
    expect(keys({})).toEqual(['warning credentials/missing ["password"]']);
    expect(keys({ password })).toEqual(['warning credentials/unsupported ["password"]']);
    expect(validate(API, { ...INSTANCE }).ok).toBe(true);
  });

  test('a Generic image (known from facts) takes neither, even on Linux', () => {
    const generic = (payload: Record<string, unknown>) =>
      validate(API, { ...INSTANCE, ...payload }, { os: 'linux', facts: { image: { category: 'Generic' } } }).issues.map(
        (issue) => `${issue.severity} ${issue.rule} ${JSON.stringify(issue.path)}`,
      );
    expect(generic({})).toEqual([]);
    expect(generic({ keyId })).toEqual(['error credentials/unsupported ["keyId"]']);
  });
});

describe('instanceName, timezone, enableAgent', () => {
  const base = { password: 'Instance@010' };

  test('instanceName: 2-63 of letters, digits, - and .', () => {
    expect(keys({ ...base, instanceName: 'a' }, 'linux')).toEqual(['error instance-name/length ["instanceName"]']);
    expect(keys({ ...base, instanceName: 'ab' }, 'linux')).toEqual([]);
    expect(keys({ ...base, instanceName: 'a'.repeat(63) }, 'linux')).toEqual([]);
    expect(keys({ ...base, instanceName: 'a'.repeat(64) }, 'linux')).toEqual(['error instance-name/length ["instanceName"]']);
    expect(keys({ ...base, instanceName: '-a.b-' }, 'linux')).toEqual([]);
    expect(keys({ ...base, instanceName: 'web_01' }, 'linux')).toEqual(['error instance-name/charset ["instanceName"]']);
  });

  test('timezone: an IANA name the runtime knows, else a warning; timeZone is unknown with the suggestion', () => {
    expect(keys({ ...base, timezone: 'Asia/Shanghai' }, 'linux')).toEqual([]);
    expect(keys({ ...base, timezone: 'UTC' }, 'linux')).toEqual([]);
    expect(keys({ ...base, timezone: 'asia/shanghai' }, 'linux')).toEqual(['warning timezone/unknown ["timezone"]']);
    expect(keys({ ...base, timezone: 'GMT+8' }, 'linux')).toEqual(['warning timezone/unknown ["timezone"]']);
    const report = validate(API, { ...INSTANCE, ...base, timeZone: 'Asia/Shanghai' }, { os: 'linux' });
    expect(report.issues).toMatchObject([{ rule: 'parameter/unknown', severity: 'warning', path: ['<redacted key 2>'] }]);
    expect(report.issues[0]?.message).toContain('"timezone"');
  });

  test('enableAgent is a JSON boolean', () => {
    expect(keys({ ...base, enableAgent: false }, 'linux')).toEqual([]);
    expect(keys({ ...base, enableAgent: 'true' }, 'linux')).toEqual(['error parameter/type ["enableAgent"]']);
  });
});

describe('userData', () => {
  const base = { password: 'Instance@010' };

  test('opaque text: only more than 16384 UTF-8 bytes warns', () => {
    expect(keys({ ...base, userData: '#!/bin/sh\n not base64 at all' }, 'linux')).toEqual([]);
    for (const bytes of [16383, 16384]) expect(keys({ ...base, userData: 'x'.repeat(bytes) }, 'linux')).toEqual([]);
    for (const bytes of [16385, 16386])
      expect(keys({ ...base, userData: 'x'.repeat(bytes) }, 'linux')).toEqual(['warning userdata/size ["userData"]']);
    expect(keys({ ...base, userData: 'é'.repeat(8192) }, 'linux')).toEqual([]);
    expect(keys({ ...base, userData: `${'é'.repeat(8192)}x` }, 'linux')).toEqual(['warning userdata/size ["userData"]']);
    expect(keys({ ...base, userData: '中'.repeat(5462) }, 'linux')).toEqual(['warning userdata/size ["userData"]']);
    // The limit is a guess, so the warning predicts no INVALID_PARAMETER_USER_DATA_EXCEED.
    expect(vendorOf({ ...base, userData: 'x'.repeat(16385) }, 'linux')).toEqual([undefined]);
  });

  test('the message counts the bytes when it measured them, and never scans a value longer than the limit', () => {
    const message = (userData: string, lang: 'en' | 'zh-CN' = 'en') =>
      validate(API, { ...INSTANCE, ...base, userData }, { os: 'linux', lang }).issues[0]?.message;
    expect(message(`${'é'.repeat(8192)}x`)).toBe('Keep the user data to 16384 bytes (it has 16385); the vendor does not document its exact limit.');
    expect(message('x'.repeat(16385))).toBe('Keep the user data to 16384 bytes; the vendor does not document its exact limit.');
    expect(message('x'.repeat(16385), 'zh-CN')).toBe('用户数据请控制在 16384 字节以内；厂商未公布确切上限。');
    expect(message(`${'é'.repeat(8192)}x`, 'zh-CN')).toBe('用户数据请控制在 16384 字节以内（当前 16385 字节）；厂商未公布确切上限。');
  });
});

test('unknown parameters warn', () => {
  expect(keys({ password: 'Instance@010', Action: 'ResetInstance' }, 'linux')).toEqual(['warning parameter/unknown ["<redacted key 2>"]']);
});
