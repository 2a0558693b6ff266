import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Os } from '../../src/rules/finding.ts';
import { validate } from '../../src/validate.ts';
import { validateLocated } from '../../src/validateLocated.ts';
import { createSchema } from '../../src/engine/createSchema.ts';
import { REPLACE_SYSTEM_DISK } from '../../src/schemas/alibaba/replaceSystemDisk.ts';
import {
  ALIBABA_CLIENT_TOKEN,
  ALIBABA_PASSWORD,
  ALIBABA_SECURITY_ENHANCEMENT_STRATEGIES,
  ALIBABA_SYSTEM_DISK_SIZE,
} from '../../src/schemas/alibaba/policies.ts';
import { anyValue, validateUnchanged } from './support/invariants.ts';
import { numRuns } from './support/numRuns.ts';
import { errorKeys, reportKeys, schemaKeys } from './support/issueKeys.ts';
import { DIGITS, LOWER, stringOf, validPassword } from './support/strings.ts';

const API = 'alibaba.ecs.ReplaceSystemDisk';
type TargetOs = Os | undefined;
const OSES: readonly TargetOs[] = ['linux', 'windows', undefined];
const osArb = fc.constantFrom(...OSES);

/** The strictest policy a payload must meet when the OS is unknown: Windows' (Linux's plus the leading-`/` ban). */
const policyOf = (os: TargetOs) => ALIBABA_PASSWORD[os ?? 'windows'];
const startsAllowed = (os: TargetOs) => (password: string) => !(policyOf(os).forbiddenFirst ?? '').includes(password.charAt(0));
const password = (os: TargetOs, lengths: { minLength?: number; maxLength?: number } = {}) => validPassword(policyOf(os), { ...lengths, accept: startsAllowed(os) });

/** ASCII from space to `~`: what a client token may hold. */
const PRINTABLE = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');

/**
 * Creates an arbitrary of valid `ReplaceSystemDisk` payloads, built from the policies: an image, and at
 * most one way to set the password (a password, the image's preset one, or neither), any key pair.
 */
function validAlibabaPayload(os: TargetOs): fc.Arbitrary<Record<string, unknown>> {
  const login = fc.oneof(
    password(os).map((Password) => ({ Password })),
    password(os).map((Password) => ({ Password, PasswordInherit: false })),
    fc.boolean().map((PasswordInherit) => ({ PasswordInherit })),
    fc.constant({}),
  );
  const fields = fc.record(
    {
      Action: fc.constant('ReplaceSystemDisk'),
      Version: fc.constant('2014-05-26'),
      InstanceId: stringOf(LOWER + DIGITS, 1, 30).map((body) => `i-${body}`),
      ImageId: fc.oneof(stringOf(LOWER + DIGITS, 20, 20).map((body) => `m-${body}`), fc.constant('ubuntu_22_04_x64_20G_alibase_20230208.vhd')),
      SystemDisk: fc.record({ Size: fc.integer({ min: ALIBABA_SYSTEM_DISK_SIZE.min, max: ALIBABA_SYSTEM_DISK_SIZE.max }) }),
      KeyPairName: stringOf(LOWER + DIGITS, 2, 32),
      ClientToken: stringOf(PRINTABLE, 1, ALIBABA_CLIENT_TOKEN.maxLength),
      SecurityEnhancementStrategy: fc.constantFrom(...ALIBABA_SECURITY_ENHANCEMENT_STRATEGIES),
      UseAdditionalService: fc.boolean(),
      Encrypted: fc.boolean(),
      KMSKeyId: fc.uuid(),
      OwnerId: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      OwnerAccount: stringOf(LOWER, 1, 16),
    },
    { requiredKeys: ['InstanceId', 'ImageId'] },
  );
  return fc.tuple(fields, login).map(([payload, credentials]) => ({ ...payload, ...credentials }));
}

type Mutation = (payload: Record<string, unknown>) => Record<string, unknown>;
const set = (path: readonly string[], value: unknown): Mutation => (payload) => {
  const copy = structuredClone(payload);
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) target = (target[key] = { ...(target[key] as object | undefined) }) as Record<string, unknown>;
  target[path[path.length - 1] as string] = value;
  return copy;
};
const without = (name: string): Mutation => (payload) => {
  const copy = { ...payload };
  delete copy[name];
  return copy;
};
/** A password fault: the password replaced, inheritance off so only the password rule can fire. */
const setPassword = (value: string): Mutation => (payload) => ({ ...payload, Password: value, PasswordInherit: false });

interface Fault {
  readonly name: string;
  readonly rule: string;
  readonly path: readonly (string | number)[];
  /** The OS a fault is an error for; with the OS unknown a one-OS fault is a warning. */
  readonly os: readonly TargetOs[];
  readonly value: (os: TargetOs) => fc.Arbitrary<Mutation>;
}

/** One fault per rule; each breaks exactly that rule of an otherwise valid payload. */
const FAULTS: readonly Fault[] = [
  { name: 'missing InstanceId', rule: 'parameter/required', path: ['InstanceId'], os: OSES, value: () => fc.constant(without('InstanceId')) },
  { name: 'missing ImageId', rule: 'parameter/required', path: ['ImageId'], os: OSES, value: () => fc.constantFrom(without('ImageId'), set(['ImageId'], '')) },
  { name: 'empty InstanceId', rule: 'identifier/format', path: ['InstanceId'], os: OSES, value: () => fc.constant(set(['InstanceId'], '')) },
  { name: 'Size not an integer', rule: 'parameter/type', path: ['SystemDisk', 'Size'], os: OSES, value: () => fc.constantFrom(1.5, '80', true).map((v) => set(['SystemDisk', 'Size'], v)) },
  { name: 'PasswordInherit not a boolean', rule: 'parameter/type', path: ['PasswordInherit'], os: OSES, value: () => fc.constantFrom('yes', 1, 'true').map((v) => set(['PasswordInherit'], v)) },
  { name: 'SecurityEnhancementStrategy', rule: 'parameter/enum', path: ['SecurityEnhancementStrategy'], os: OSES, value: () => fc.constantFrom('active', 'DEACTIVE', '').map((v) => set(['SecurityEnhancementStrategy'], v)) },
  { name: 'Version', rule: 'parameter/enum', path: ['Version'], os: OSES, value: () => fc.constant(set(['Version'], '2016-03-14')) },
  { name: 'ImageId and DiskId', rule: 'parameter/conflict', path: ['DiskId'], os: OSES, value: () => fc.constant(set(['DiskId'], 'd-bp67acfmxazb4ph1efgh')) },
  { name: 'ClientToken too long', rule: 'parameter/length', path: ['ClientToken'], os: OSES, value: () => stringOf(PRINTABLE, ALIBABA_CLIENT_TOKEN.maxLength + 1, 200).map((v) => set(['ClientToken'], v)) },
  { name: 'ClientToken not ASCII', rule: 'parameter/charset', path: ['ClientToken'], os: OSES, value: () => fc.constantFrom('token-中文', 'é', 'token\u00a0').map((v) => set(['ClientToken'], v)) },
  { name: 'password too short', rule: 'password/length', path: ['Password'], os: OSES, value: (os) => password(os, { minLength: 4, maxLength: 7 }).map(setPassword) },
  { name: 'password too long', rule: 'password/length', path: ['Password'], os: OSES, value: (os) => password(os, { minLength: 31, maxLength: 40 }).map(setPassword) },
  { name: 'password character', rule: 'password/charset', path: ['Password'], os: OSES, value: (os) => fc.tuple(password(os, { maxLength: 29 }), fc.constantFrom(' ', 'é', '中', '\t')).map(([pw, bad]) => setPassword(pw + bad)) },
  { name: 'password one class', rule: 'password/classes', path: ['Password'], os: OSES, value: () => stringOf(LOWER, 8, 30).map(setPassword) },
  { name: 'password leading / on Windows', rule: 'password/charset', path: ['Password'], os: ['windows'], value: () => password('linux', { maxLength: 29 }).map((pw) => setPassword(`/${pw}`)) },
  { name: 'PasswordInherit with a password', rule: 'credentials/conflict', path: ['Password'], os: OSES, value: (os) => password(os).map((Password) => (payload: Record<string, unknown>) => ({ ...payload, Password, PasswordInherit: true })) },
  {
    name: 'Size out of every range',
    rule: 'system-disk/size',
    path: ['SystemDisk', 'Size'],
    os: OSES,
    value: () => fc.oneof(fc.integer({ min: -100, max: ALIBABA_SYSTEM_DISK_SIZE.min - 1 }), fc.integer({ min: ALIBABA_SYSTEM_DISK_SIZE.max + 1, max: 100_000 })).map((v) => set(['SystemDisk', 'Size'], v)),
  },
];

/** A payload as a form request: objects flattened with `.`, lists counted from 1, every value percent-encoded. */
function toQuery(payload: Readonly<Record<string, unknown>>): string {
  const pairs: string[] = [];
  const visit = (value: unknown, key: string): void => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${key}.${index + 1}`));
    else if (typeof value === 'object' && value !== null) for (const [name, item] of Object.entries(value)) visit(item, `${key}.${name}`);
    else pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  };
  for (const [name, value] of Object.entries(payload)) visit(value, name);
  return pairs.join('&');
}

describe('alibaba.ecs.ReplaceSystemDisk properties', () => {
  test.prop([osArb.chain((os) => fc.tuple(fc.constant(os), validAlibabaPayload(os)))], { numRuns: numRuns(2000) })(
    'every payload drawn from the policies is accepted without an error',
    ([os, payload]) => {
      const report = validate(API, payload, os ? { os } : {});
      expect(errorKeys(report)).toEqual([]);
      expect(report.ok).toBe(true);
    },
  );

  test.prop([osArb.chain((os) => fc.tuple(fc.constant(os), validAlibabaPayload(os)))], { numRuns: numRuns(1000) })(
    'the same payload as a form request (flattened keys, lists from 1, signature parameters beside) reports the same issues',
    ([os, payload]) => {
      const options = os ? { os } : {};
      const query = `${toQuery(payload)}&Format=JSON&SignatureMethod=HMAC-SHA1&SignatureNonce=0&Signature=x%2By`;
      expect(reportKeys(validate(API, query, { ...options, encoding: 'query' }))).toEqual(reportKeys(validate(API, payload, options)));
    },
  );

  for (const fault of FAULTS) {
    for (const os of fault.os) {
      test.prop([validAlibabaPayload(os).chain((payload) => fault.value(os).map((mutate) => mutate(payload)))], { numRuns: numRuns(300) })(
        `single fault "${fault.name}" (${os ?? 'unknown OS'}) yields ${fault.rule} and no other error`,
        (payload) => {
          expect(errorKeys(validateLocated(API, payload, os ? { os } : {}))).toEqual([`${fault.rule} ${JSON.stringify(fault.path)}`]);
        },
      );
    }
  }

  test.prop([validAlibabaPayload(undefined)], { numRuns: numRuns(300) })(
    'with the OS unknown, a leading "/" is a warning naming Windows that predicts the password code',
    (payload) => {
      const report = validate(API, { ...payload, Password: '/EcsV587!', PasswordInherit: false });
      const issues = report.issues.filter((issue) => issue.path[0] === 'Password');
      expect(issues.map((issue) => [issue.rule, issue.severity, issue.vendor?.code])).toContainEqual(['password/charset', 'warning', 'InvalidPassword.Malformed']);
      expect(report.ok).toBe(true);
    },
  );
});

const anyPayload = fc.oneof(
  { weight: 3, arbitrary: osArb.chain((os) => validAlibabaPayload(os)) },
  { weight: 3, arbitrary: osArb.chain((os) => validAlibabaPayload(os).chain((payload) => fc.constantFrom(...FAULTS).chain((fault) => fault.value(os).map((mutate) => mutate(payload))))) },
  { weight: 2, arbitrary: fc.anything() },
  {
    weight: 2,
    arbitrary: fc.dictionary(
      fc.constantFrom('InstanceId', 'ImageId', 'DiskId', 'Password', 'PasswordInherit', 'KeyPairName', 'SystemDisk', 'Arn', 'ClientToken', 'instanceid', '__proto__'),
      fc.anything(),
    ),
  },
);

describe('alibaba.ecs.ReplaceSystemDisk: the direct checker and the valibot schema agree', () => {
  for (const os of OSES) {
    const schema = createSchema(REPLACE_SYSTEM_DISK, os ? { os, warnings: true } : { warnings: true });
    test.prop([anyPayload], { numRuns: numRuns(1000) })(`${os ?? 'unknown OS'}`, (payload) => {
      expect(schemaKeys(schema, payload)).toEqual(reportKeys(validate(API, payload, os ? { os } : {})));
    });
  }
});

describe('alibaba.ecs.ReplaceSystemDisk never throws, never mutates, never leaks', () => {
  test.prop([anyValue, osArb], { numRuns: numRuns(2000) })('any value gives a report and stays as it was', (payload, os) => {
    validateUnchanged(API, payload, os ? { os } : {});
  });

  test.prop([fc.string({ maxLength: 400 }), osArb], { numRuns: numRuns(1000) })('any query string gives a report', (query, os) => {
    expect(typeof validate(API, query, { ...(os ? { os } : {}), encoding: 'query' }).ok).toBe('boolean');
  });

  test('a deep, a wide and a huge payload give reports', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let depth = 0; depth < 10_000; depth++) deep = (deep['SystemDisk'] = {}) as Record<string, unknown>;
    // Unknown keys only warn here: the nested one is reported at its level, and nothing below it is walked.
    expect(validate(API, { InstanceId: 'i-1', ImageId: 'm-1', SystemDisk: root }).issues.map((issue) => [issue.rule, issue.path.length])).toEqual([['parameter/unknown', 2]]);
    const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`k${index}`, index]));
    expect(validate(API, { InstanceId: 'i-1', ImageId: 'm-1', ...wide }).issues.length).toBe(100_000);
    const huge = { InstanceId: 'i-1', ImageId: 'm-1', Password: 'a'.repeat(1 << 20), ClientToken: 'A'.repeat(10 << 20) };
    expect(validate(API, huge).issues.map((issue) => issue.rule).sort()).toEqual(['parameter/length', 'password/length']);
  });

  test.prop(
    [
      osArb,
      fc.string({ unit: 'grapheme', minLength: 10, maxLength: 40 }),
      fc.constantFrom('en', 'zh-CN') as fc.Arbitrary<'en' | 'zh-CN'>,
      fc.constantFrom<readonly string[]>(['Password'], ['Password', 'PasswordInherit'], ['Password', 'KeyPairName']),
    ],
    { numRuns: numRuns(2000) },
  )('no password ever appears in the report, whatever rule it breaks, in either encoding', (os, secret, lang, fields) => {
    const payload: Record<string, unknown> = { InstanceId: 'i-bp67acfmxazb4ph1qxyz', ImageId: 'm-1', Password: secret };
    if (fields.includes('PasswordInherit')) payload['PasswordInherit'] = true;
    if (fields.includes('KeyPairName')) payload['KeyPairName'] = 'deploy';
    const options = { ...(os ? { os } : {}), lang };
    expect(JSON.stringify(validate(API, payload, options))).not.toContain(secret);
    expect(JSON.stringify(validate(API, toQuery(payload), { ...options, encoding: 'query' }))).not.toContain(secret);
    const schema = createSchema(REPLACE_SYSTEM_DISK, os ? { os, warnings: true } : { warnings: true });
    const result = schema['~standard'].validate(payload);
    expect(JSON.stringify('issues' in result ? result.issues : [])).not.toContain(secret);
  });
});
