import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Os } from '../../src/rules/finding.ts';
import { validate } from '../../src/validate.ts';
import { validateLocated } from '../../src/validateLocated.ts';
import { createSchema } from '../../src/engine/createSchema.ts';
import { RESET_INSTANCE } from '../../src/schemas/zenlayer/resetInstance.ts';
import {
  ZENLAYER_DISPUTED_SPECIALS,
  ZENLAYER_INSTANCE_NAME,
  ZENLAYER_PASSWORD,
  ZENLAYER_PASSWORD_SPECIALS,
  ZENLAYER_USERDATA_WARN_BYTES,
} from '../../src/schemas/zenlayer/policies.ts';
import { anyValue, validateUnchanged } from './support/invariants.ts';
import { numRuns } from './support/numRuns.ts';
import { errorKeys, reportKeys, schemaKeys } from './support/issueKeys.ts';
import { DIGITS, LOWER, UPPER, stringOf, validPassword } from './support/strings.ts';

type TargetOs = Os | undefined;
type Payload = Record<string, unknown>;

const API = 'zenlayer.zec.ResetInstance';
const OSES: readonly TargetOs[] = ['linux', 'windows', undefined];
const osArb = fc.constantFrom(...OSES);
const optionsFor = (os: TargetOs) => (os ? { os } : {});
const ALNUM = LOWER + UPPER + DIGITS;

const password = fc.oneof(
  validPassword(ZENLAYER_PASSWORD),
  validPassword(ZENLAYER_PASSWORD, { minLength: ZENLAYER_PASSWORD.minLength, maxLength: ZENLAYER_PASSWORD.minLength }),
  validPassword(ZENLAYER_PASSWORD, { minLength: ZENLAYER_PASSWORD.maxLength, maxLength: ZENLAYER_PASSWORD.maxLength }),
);
/** Passwords that use the specials only newer doc revisions accept: warnings, never errors. */
const disputedPassword = validPassword({ ...ZENLAYER_PASSWORD, specials: ZENLAYER_PASSWORD_SPECIALS + ZENLAYER_DISPUTED_SPECIALS });
const keyId = stringOf(ALNUM, 1, 16).map((body) => `key-${body}`);

const NAME_CHARS = ALNUM + ZENLAYER_INSTANCE_NAME.extraChars;
const instanceName = fc.oneof(
  stringOf(NAME_CHARS, ZENLAYER_INSTANCE_NAME.minLength, 20),
  stringOf(NAME_CHARS, ZENLAYER_INSTANCE_NAME.minLength, ZENLAYER_INSTANCE_NAME.minLength),
  stringOf(NAME_CHARS, ZENLAYER_INSTANCE_NAME.maxLength, ZENLAYER_INSTANCE_NAME.maxLength),
);
const zones = [...Intl.supportedValuesOf('timeZone'), 'UTC'];
const userData = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 64 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(ZENLAYER_USERDATA_WARN_BYTES), 'é'.repeat(ZENLAYER_USERDATA_WARN_BYTES / 2)) },
);

/** The login settings an OS takes: exactly one on Linux, none on Windows, either when unknown (the other OS warns). */
function login(os: TargetOs): fc.Arbitrary<Payload> {
  const withPassword = password.map((value) => ({ password: value }));
  const withKey = keyId.map((value) => ({ keyId: value }));
  if (os === 'linux') return fc.oneof(withPassword, withKey);
  if (os === 'windows') return fc.constant({});
  return fc.oneof(withPassword, withKey, fc.constant({}));
}

/** Valid `ResetInstance` payloads, built from the policies alone. */
function validPayload(os: TargetOs): fc.Arbitrary<Payload> {
  const rest = fc.record(
    {
      instanceId: fc.oneof(stringOf(DIGITS, 1, 20), fc.string({ minLength: 1, maxLength: 24 })),
      imageId: fc.oneof(fc.constantFrom('ubuntu2404_20240712', 'image-xxxxxxxxx'), fc.string({ minLength: 1, maxLength: 24 })),
      timezone: fc.constantFrom(...zones),
      enableAgent: fc.boolean(),
      instanceName,
      userData,
    },
    { requiredKeys: ['instanceId'] },
  );
  return fc.tuple(rest, login(os)).map(([fields, credentials]) => ({ ...fields, ...credentials }));
}

const set = (key: string, value: unknown) => (payload: Payload): Payload => ({ ...payload, [key]: value });
const without = (...keys: string[]) => (payload: Payload): Payload => {
  const copy = { ...payload };
  for (const key of keys) delete copy[key];
  return copy;
};
/** Sets the password as the only login setting. */
const onlyPassword = (value: unknown) => (payload: Payload): Payload => ({ ...without('keyId')(payload), password: value });

interface Fault {
  readonly name: string;
  readonly rule: string;
  readonly path: readonly (string | number)[];
  /** The OS the fault is the one error for. */
  readonly os: readonly TargetOs[];
  readonly mutate: () => fc.Arbitrary<(payload: Payload) => Payload>;
}

// `validPassword` may pick every class, so it cannot draw fewer characters than the policy has classes.
const SHORTEST_DRAWABLE = ZENLAYER_PASSWORD.classes.length;
const PASSWORD_OS: readonly TargetOs[] = ['linux', undefined];

/** One fault per rule; each breaks exactly that rule of an otherwise valid payload. */
const FAULTS: readonly Fault[] = [
  { name: 'missing instanceId', rule: 'parameter/required', path: ['instanceId'], os: OSES, mutate: () => fc.constant(without('instanceId')) },
  { name: 'enableAgent not a boolean', rule: 'parameter/type', path: ['enableAgent'], os: OSES, mutate: () => fc.constantFrom('true', 'false', 1, 0).map((value) => set('enableAgent', value)) },
  { name: 'timezone not a string', rule: 'parameter/type', path: ['timezone'], os: OSES, mutate: () => fc.constantFrom(8, true, ['Asia/Shanghai']).map((value) => set('timezone', value)) },
  { name: 'password not a string', rule: 'parameter/type', path: ['password'], os: PASSWORD_OS, mutate: () => fc.constantFrom(12345678, true, ['Instance@010']).map(onlyPassword) },
  { name: 'instanceId empty', rule: 'identifier/format', path: ['instanceId'], os: OSES, mutate: () => fc.constant(set('instanceId', '')) },
  { name: 'imageId empty', rule: 'identifier/format', path: ['imageId'], os: OSES, mutate: () => fc.constant(set('imageId', '')) },
  { name: 'keyId empty', rule: 'identifier/format', path: ['keyId'], os: PASSWORD_OS, mutate: () => fc.constant((payload: Payload) => ({ ...without('password')(payload), keyId: '' })) },
  { name: 'password too short', rule: 'password/length', path: ['password'], os: PASSWORD_OS, mutate: () => fc.oneof(validPassword(ZENLAYER_PASSWORD, { minLength: SHORTEST_DRAWABLE, maxLength: 7 }), validPassword(ZENLAYER_PASSWORD, { minLength: 7, maxLength: 7 })).map(onlyPassword) },
  { name: 'password too long', rule: 'password/length', path: ['password'], os: PASSWORD_OS, mutate: () => fc.oneof(validPassword(ZENLAYER_PASSWORD, { minLength: 17, maxLength: 17 }), validPassword(ZENLAYER_PASSWORD, { minLength: 17, maxLength: 30 })).map(onlyPassword) },
  { name: 'password character', rule: 'password/charset', path: ['password'], os: PASSWORD_OS, mutate: () => fc.tuple(validPassword(ZENLAYER_PASSWORD, { maxLength: 15 }), fc.constantFrom('#', '%', '&', '(', '"', "'", '\\', '/', ' ', 'é', '中')).map(([value, bad]) => onlyPassword(value + bad)) },
  { name: 'password without a digit', rule: 'password/classes', path: ['password'], os: PASSWORD_OS, mutate: () => fc.tuple(stringOf(LOWER + UPPER, 7, 15), fc.constantFrom(...ZENLAYER_PASSWORD_SPECIALS)).map(([value, special]) => onlyPassword(value + special)) },
  { name: 'password without a special', rule: 'password/classes', path: ['password'], os: PASSWORD_OS, mutate: () => fc.tuple(stringOf(LOWER + UPPER, 4, 8), stringOf(DIGITS, 4, 8)).map(([letters, digits]) => onlyPassword(letters + digits)) },
  { name: 'password without a letter', rule: 'password/classes', path: ['password'], os: PASSWORD_OS, mutate: () => stringOf(DIGITS + ZENLAYER_PASSWORD_SPECIALS, 8, 16).map(onlyPassword) },
  { name: 'instanceName too short', rule: 'instance-name/length', path: ['instanceName'], os: OSES, mutate: () => stringOf(NAME_CHARS, 1, 1).map((value) => set('instanceName', value)) },
  { name: 'instanceName too long', rule: 'instance-name/length', path: ['instanceName'], os: OSES, mutate: () => fc.oneof(stringOf(NAME_CHARS, 64, 64), stringOf(NAME_CHARS, 64, 100)).map((value) => set('instanceName', value)) },
  { name: 'instanceName character', rule: 'instance-name/charset', path: ['instanceName'], os: OSES, mutate: () => fc.tuple(stringOf(NAME_CHARS, 2, 40), fc.constantFrom('_', ' ', '/', 'é', '中')).map(([value, bad]) => set('instanceName', value + bad)) },
  { name: 'password and keyId', rule: 'credentials/conflict', path: ['keyId'], os: ['linux'], mutate: () => fc.tuple(password, keyId).map(([a, b]) => (payload: Payload) => ({ ...payload, password: a, keyId: b })) },
  { name: 'no login setting', rule: 'credentials/missing', path: ['password'], os: ['linux'], mutate: () => fc.constant(without('password', 'keyId')) },
  { name: 'password on Windows', rule: 'credentials/unsupported', path: ['password'], os: ['windows'], mutate: () => password.map(onlyPassword) },
  { name: 'keyId on Windows', rule: 'credentials/unsupported', path: ['keyId'], os: ['windows'], mutate: () => keyId.map((value) => set('keyId', value)) },
];

/** Faults the server may accept: the payload stays ok and the warning is reported where the fix belongs. */
const WARNINGS: readonly (Omit<Fault, 'os'> & { readonly os: TargetOs })[] = [
  { name: 'timeZone spelling', rule: 'parameter/unknown', path: ['timeZone'], os: 'linux', mutate: () => fc.constantFrom(...zones).map((zone) => set('timeZone', zone)) },
  { name: 'zone the runtime does not know', rule: 'timezone/unknown', path: ['timezone'], os: 'linux', mutate: () => fc.constantFrom('asia/shanghai', 'GMT+8', 'Beijing', '').map((zone) => set('timezone', zone)) },
  { name: 'keyId shape', rule: 'identifier/format', path: ['keyId'], os: 'linux', mutate: () => fc.constantFrom('kp-123', 'key-', 'key-a_b', 'KEY-abc').map((value) => (payload: Payload) => ({ ...without('password')(payload), keyId: value })) },
  { name: 'newer-revision special', rule: 'password/charset', path: ['password'], os: 'linux', mutate: () => fc.tuple(validPassword(ZENLAYER_PASSWORD, { maxLength: 15 }), fc.constantFrom(...ZENLAYER_DISPUTED_SPECIALS)).map(([value, special]) => onlyPassword(value + special)) },
  { name: 'userData over 16384 bytes', rule: 'userdata/size', path: ['userData'], os: undefined, mutate: () => fc.constantFrom('x'.repeat(ZENLAYER_USERDATA_WARN_BYTES + 1), `${'é'.repeat(ZENLAYER_USERDATA_WARN_BYTES / 2)}x`).map((value) => set('userData', value)) },
  { name: 'no login setting, OS unknown', rule: 'credentials/missing', path: ['password'], os: undefined, mutate: () => fc.constant(without('password', 'keyId')) },
  { name: 'password, OS unknown', rule: 'credentials/unsupported', path: ['password'], os: undefined, mutate: () => password.map(onlyPassword) },
];

describe('zenlayer.zec.ResetInstance properties', () => {
  test.prop([osArb.chain((os) => fc.tuple(fc.constant(os), validPayload(os)))], { numRuns: numRuns(1500) })(
    'every payload drawn from the policies is accepted without an error',
    ([os, payload]) => {
      const report = validate(API, payload, optionsFor(os));
      expect(errorKeys(report)).toEqual([]);
      expect(report.ok).toBe(true);
    },
  );

  test.prop([fc.constantFrom<TargetOs>('linux', undefined).chain((os) => fc.tuple(fc.constant(os), validPayload(os), disputedPassword))], {
    numRuns: numRuns(300),
  })('a password with the newer revisions’ specials is accepted with a warning at most', ([os, payload, withDisputed]) => {
    expect(errorKeys(validate(API, onlyPassword(withDisputed)(payload), optionsFor(os)))).toEqual([]);
  });

  for (const fault of FAULTS) {
    for (const os of fault.os) {
      test.prop([validPayload(os).chain((payload) => fault.mutate().map((mutate) => mutate(payload)))], { numRuns: numRuns(200) })(
        `single fault "${fault.name}" (${os ?? 'unknown OS'}) yields ${fault.rule} and no other error`,
        (payload) => {
          expect(errorKeys(validateLocated(API, payload, optionsFor(os)))).toEqual([`${fault.rule} ${JSON.stringify(fault.path)}`]);
        },
      );
    }
  }

  test.prop([validPayload(undefined), password, keyId], { numRuns: numRuns(200) })(
    'with the OS unknown, a password and a key together are errors (they fail on every OS)',
    (payload, secret, key) => {
      const report = validate(API, { ...payload, password: secret, keyId: key });
      expect(errorKeys(report)).toEqual(
        ['credentials/conflict ["keyId"]', 'credentials/unsupported ["keyId"]', 'credentials/unsupported ["password"]'].sort(),
      );
    },
  );

  for (const warning of WARNINGS) {
    test.prop([validPayload(warning.os).chain((payload) => warning.mutate().map((mutate) => mutate(payload)))], { numRuns: numRuns(100) })(
      `accepted fault "${warning.name}" (${warning.os ?? 'unknown OS'}) is a ${warning.rule} warning, not an error`,
      (payload) => {
        const report = validateLocated(API, payload, optionsFor(warning.os));
        expect(report.ok).toBe(true);
        expect(reportKeys(report)).toContain(`warning ${warning.rule} ${JSON.stringify(warning.path)}`);
      },
    );
  }
});

const anyPayload = (os: TargetOs) =>
  fc.oneof(
    { weight: 3, arbitrary: validPayload(os) },
    { weight: 3, arbitrary: validPayload(os).chain((payload) => fc.constantFrom(...FAULTS, ...WARNINGS).chain((fault) => fault.mutate().map((mutate) => mutate(payload)))) },
    { weight: 2, arbitrary: fc.anything() },
    {
      weight: 2,
      arbitrary: fc.dictionary(
        fc.constantFrom('instanceId', 'password', 'keyId', 'imageId', 'timezone', 'timeZone', 'enableAgent', 'instanceName', 'userData', 'userdata', '__proto__'),
        fc.oneof(fc.anything(), fc.string()),
      ),
    },
  );

describe('zenlayer: the direct checker and the valibot schema agree', () => {
  for (const os of OSES) {
    const schema = createSchema(RESET_INSTANCE, { ...optionsFor(os), warnings: true });
    test.prop([anyPayload(os)], { numRuns: numRuns(600) })(`${API} (${os ?? 'unknown OS'})`, (payload) => {
      expect(schemaKeys(schema, payload)).toEqual(reportKeys(validate(API, payload, optionsFor(os))));
    });
  }
});

describe('zenlayer never throws, never mutates, never leaks', () => {
  test.prop([anyValue, osArb], { numRuns: numRuns(1500) })(
    'any value gives a report and stays as it was',
    (payload, os) => {
      validateUnchanged(API, payload, optionsFor(os));
    },
  );

  test.prop([osArb.chain((os) => fc.tuple(fc.constant(os), anyPayload(os)))], { numRuns: numRuns(500) })(
    'payloads near the schema give a report and stay as they were',
    ([os, payload]) => {
      validateUnchanged(API, payload, optionsFor(os));
    },
  );

  test.prop(
    [
      osArb,
      fc.string({ unit: 'grapheme', minLength: 10, maxLength: 40 }),
      fc.constantFrom('en', 'zh-CN') as fc.Arbitrary<'en' | 'zh-CN'>,
      fc.boolean(),
    ],
    { numRuns: numRuns(1500) },
  )('no password ever appears in the report or the schema issues, whatever rule it breaks', (os, secret, lang, withKey) => {
    const payload: Payload = { instanceId: '759357236395203627', password: secret, ...(withKey ? { keyId: 'key-YWD2QFOl' } : {}) };
    const report = validate(API, payload, { ...optionsFor(os), lang });
    expect(JSON.stringify(report)).not.toContain(secret);
    for (const issue of report.issues) expect(issue.message).not.toContain(secret);
    const schema = createSchema(RESET_INSTANCE, { ...optionsFor(os), warnings: true });
    const result = schema['~standard'].validate(payload);
    expect(JSON.stringify('issues' in result ? result.issues : [])).not.toContain(secret);
  });
});
