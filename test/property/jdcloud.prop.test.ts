import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Os } from '../../src/rules/finding.ts';
import { validate } from '../../src/validate.ts';
import { validateLocated } from '../../src/validateLocated.ts';
import { createSchema } from '../../src/engine/createSchema.ts';
import { REBUILD_INSTANCE, REBUILD_INSTANCE_103 } from '../../src/schemas/jdcloud/rebuildInstance.ts';
import {
  JD_BANNED_WORDS,
  JD_DISPUTED_DIGIT_RUNS,
  JD_FRAMING,
  JD_HOSTNAME,
  JD_IMAGE_INHERIT,
  JD_KEY_NAME,
  JD_KEY_NAMES_MAX,
  JD_METADATA,
  JD_PASSWORD,
  JD_PASSWORD_AUTH,
  JD_USERDATA,
  JD_USERDATA_KEYS,
} from '../../src/schemas/jdcloud/policies.ts';
import { anyValue, validateUnchanged } from './support/invariants.ts';
import { numRuns } from './support/numRuns.ts';
import { errorKeys, reportKeys, schemaKeys } from './support/issueKeys.ts';
import { DIGITS, LOWER, UPPER, stringOf, validHostname, validPassword } from './support/strings.ts';

type TargetOs = Os | undefined;
type Payload = Record<string, unknown>;
type Api = 'jdcloud.vm.rebuildInstance' | 'jdcloud.vm.rebuildInstance@1.0.3';

const V1: Api = 'jdcloud.vm.rebuildInstance';
const V103: Api = 'jdcloud.vm.rebuildInstance@1.0.3';
const OSES: readonly TargetOs[] = ['linux', 'windows', undefined];
const osArb = fc.constantFrom(...OSES);
const optionsFor = (os: TargetOs) => (os ? { os } : {});

/** The strictest profile a value must meet when the OS is unknown: Windows' (its hostnames are Linux hostnames too). */
const policyOs = (os: TargetOs): Os => os ?? 'windows';

// The public spec's runs, written out from docs/vendors/jdcloud.md#password rather than taken from the rule function.
const KEYBOARD_LINES = [
  ...['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ...['qaz', 'wsx', 'edc', 'rfv', 'tgb', 'yhn', 'ujm'],
  // The one diagonal the spec names among its examples.
  'tfc',
];
// The other diagonals of the same slant, which no JD example names: their runs only warn.
const DISPUTED_DIAGONALS = ['esz', 'rdx', 'ygv', 'uhb', 'ijn', 'okm'];
const DISPUTED_DIAGONAL_RUNS = [...DISPUTED_DIAGONALS, ...DISPUTED_DIAGONALS.map((line) => line.toUpperCase())].flatMap((line) => [
  line,
  [...line].reverse().join(''),
]);
const RUN_LINES = [LOWER, UPPER, DIGITS, ...KEYBOARD_LINES, ...KEYBOARD_LINES.map((line) => line.toUpperCase())].flatMap(
  (line) => [line, [...line].reverse().join('')],
);
const runLength = JD_PASSWORD.sequences?.runLength ?? 3;

const DISPUTED: readonly string[] = [...JD_DISPUTED_DIGIT_RUNS, ...DISPUTED_DIAGONAL_RUNS];

/** Whether a password holds a banned run; `disputed` decides whether the disputed digit and diagonal runs count. */
function hasRun(value: string, disputed = true): boolean {
  for (let index = 0; index + runLength <= value.length; index++) {
    const window = value.slice(index, index + runLength);
    if (DISPUTED.includes(window)) {
      if (disputed) return true;
    } else if (RUN_LINES.some((line) => line.includes(window))) return true;
  }
  return false;
}
const hasBannedWord = (value: string) => JD_BANNED_WORDS.some((word) => value.includes(word));
const acceptable = (value: string) => !hasBannedWord(value) && !hasRun(value);

/** `validPassword` may pick every class, so it cannot draw fewer characters than the policy has classes. */
const SHORTEST_DRAWABLE = JD_PASSWORD.classes.length;

/** Valid JD passwords, the length bounds drawn on purpose. */
const password = fc.oneof(
  validPassword(JD_PASSWORD, { accept: acceptable }),
  validPassword(JD_PASSWORD, { minLength: JD_PASSWORD.minLength, maxLength: JD_PASSWORD.minLength, accept: acceptable }),
  validPassword(JD_PASSWORD, { minLength: JD_PASSWORD.maxLength, maxLength: JD_PASSWORD.maxLength, accept: acceptable }),
);

const id = (prefix: string, length: number) => stringOf(LOWER + DIGITS, length, length).map((body) => prefix + body);
const NAME_CHARS = `${LOWER}${UPPER}${DIGITS}_-`;
const keyName = fc.oneof(stringOf(NAME_CHARS, 1, 12), stringOf(NAME_CHARS, JD_KEY_NAME.maxLength ?? 32, JD_KEY_NAME.maxLength ?? 32));

function hostname(os: TargetOs): fc.Arbitrary<string> {
  const profile = JD_HOSTNAME[policyOs(os)];
  const longest = profile.allowDots ? `${'a'.repeat(profile.maxLength - 2)}.b` : 'a'.repeat(profile.maxLength);
  return fc.oneof(validHostname(profile), fc.constantFrom(longest, 'a'.repeat(profile.minLength)));
}

const metadataKey = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }),
  fc.constantFrom('k'.repeat(JD_METADATA.maxKeyLength), '😀'.repeat(JD_METADATA.maxKeyLength)),
);
const metadataValue = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 24 }), fc.constant('é'.repeat(JD_METADATA.maxValueBytes / 2)));
const fullMetadata = Array.from({ length: JD_METADATA.maxPairs }, (_, index) => ({ key: `key${index}`, value: `${index}` }));
const metadata = fc.oneof(
  { weight: 4, arbitrary: fc.uniqueArray(fc.record({ key: metadataKey, value: metadataValue }), { maxLength: 8, selector: (pair) => pair.key.toLowerCase() }) },
  { weight: 1, arbitrary: fc.constant(fullMetadata) },
);

const encode = (parts: readonly (string | Uint8Array)[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part))).toString('base64');
const maxBytes = JD_USERDATA.maxDecodedBytes ?? 0;

/** A launch script framed for the OS (either framing when unknown), CRLF or LF, sometimes exactly at the size limit. */
function script(os: TargetOs): fc.Arbitrary<string> {
  const newline = fc.constantFrom('\n', '\r\n');
  const body = fc.oneof({ weight: 4, arbitrary: fc.uint8Array({ maxLength: 48 }) }, { weight: 1, arbitrary: fc.constant(new Uint8Array(0)) });
  const linux = fc
    .tuple(fc.constantFrom(...JD_FRAMING.shebangs), fc.constantFrom('', ' -x'), newline, body)
    .map(([shebang, args, nl, bytes]): [string, Uint8Array, string] => [`${shebang}${args}${nl}`, bytes, '']);
  const windows = fc
    .tuple(fc.constantFrom(...JD_FRAMING.tagPairs), newline, body, fc.constantFrom('', '\n', '\r\n'))
    .map(([[open, close], nl, bytes, trailing]): [string, Uint8Array, string] => [`${open}${nl}`, bytes, `${nl}${close}${trailing}`]);
  const framed = os === 'linux' ? linux : os === 'windows' ? windows : fc.oneof(linux, windows);
  return fc.oneof(
    { weight: 6, arbitrary: framed.map(encode) },
    {
      weight: 1,
      arbitrary: framed.map(([head, , tail]) => {
        const fill = maxBytes - Buffer.byteLength(head) - Buffer.byteLength(tail);
        return encode([head, new Uint8Array(fill).fill(0x41), tail]);
      }),
    },
  );
}
const userdata = (os: TargetOs) =>
  fc.tuple(script(os), fc.boolean()).map(([value, unpadded]) => [{ key: JD_USERDATA_KEYS[0], value: unpadded ? value.replace(/=+$/, '') : value }]);

/** Valid `rebuildInstance` v1 payloads, built from the policies alone. */
function validV1(os: TargetOs): fc.Arbitrary<Payload> {
  return fc.record(
    {
      regionId: fc.constantFrom('cn-north-1', 'cn-east-1', 'cn-east-2', 'cn-south-1'),
      instanceId: id('i-', 10),
      password,
      imageId: id('img-', 10),
      keyNames: fc.array(keyName, { minLength: 1, maxLength: JD_KEY_NAMES_MAX }),
      hostname: hostname(os),
      metadata,
      userdata: userdata(os),
      passWordAuth: os === 'linux' ? fc.constantFrom(...JD_PASSWORD_AUTH) : fc.constant('yes'),
      imageInherit: fc.constantFrom(...JD_IMAGE_INHERIT),
    },
    { requiredKeys: ['regionId', 'instanceId'] },
  );
}

/** Valid "1.0.3" payloads: its parameter set only, password required. */
function valid103(): fc.Arbitrary<Payload> {
  return fc.record(
    {
      regionId: fc.constantFrom('cn-north-1', 'cn-south-1'),
      instanceId: id('i-', 10),
      password,
      imageId: id('img-', 10),
      keyNames: fc.array(keyName, { minLength: 1, maxLength: JD_KEY_NAMES_MAX }),
    },
    { requiredKeys: ['regionId', 'instanceId', 'password'] },
  );
}

const set = (key: string, value: unknown) => (payload: Payload): Payload => ({ ...payload, [key]: value });
const remove = (key: string) => (payload: Payload): Payload => {
  const copy = { ...payload };
  delete copy[key];
  return copy;
};

/** Inserts `word` into a password at a drawn position. */
const insert = (word: string) =>
  fc.tuple(validPassword(JD_PASSWORD, { maxLength: JD_PASSWORD.maxLength - word.length, accept: acceptable }), fc.nat()).map(
    ([value, at]) => value.slice(0, at % (value.length + 1)) + word + value.slice(at % (value.length + 1)),
  );

interface Fault {
  readonly name: string;
  readonly rule: string;
  readonly path: readonly (string | number)[];
  /** The OS the fault is an error for; with the OS unknown only faults that fail for both OS are listed. */
  readonly os: readonly TargetOs[];
  /** Whether the fault applies to the "1.0.3" parameter set too. */
  readonly v103: boolean;
  readonly mutate: (os: TargetOs) => fc.Arbitrary<(payload: Payload) => Payload>;
}

const framedFor = (os: Os) => script(os).map((value) => set('userdata', [{ key: 'launch-script', value }]));
const oversize = (os: TargetOs) =>
  fc.integer({ min: maxBytes + 1, max: maxBytes + 2 }).map((bytes) => {
    const head = os === 'windows' ? '<cmd>\n' : '#!/bin/bash\n';
    const tail = os === 'windows' ? '\n</cmd>' : '';
    return set('userdata', [{ key: 'launch-script', value: encode([head, new Uint8Array(bytes - head.length - tail.length).fill(0x41), tail]) }]);
  });

/** One fault per rule; each breaks exactly that rule of an otherwise valid payload. */
const FAULTS: readonly Fault[] = [
  { name: 'missing regionId', rule: 'parameter/required', path: ['regionId'], os: OSES, v103: true, mutate: () => fc.constant(remove('regionId')) },
  { name: 'missing instanceId', rule: 'parameter/required', path: ['instanceId'], os: OSES, v103: true, mutate: () => fc.constant(remove('instanceId')) },
  { name: 'password not a string', rule: 'parameter/type', path: ['password'], os: OSES, v103: true, mutate: () => fc.constantFrom(12345678, true, ['Instance@010']).map((value) => set('password', value)) },
  { name: 'keyNames not a list', rule: 'parameter/type', path: ['keyNames'], os: OSES, v103: true, mutate: () => fc.constant(set('keyNames', 'ops')) },
  { name: 'metadata element not an object', rule: 'parameter/type', path: ['metadata', 0], os: OSES, v103: false, mutate: () => fc.constantFrom('k=v', null, 1).map((item) => set('metadata', [item])) },
  { name: 'passWordAuth spelling', rule: 'parameter/enum', path: ['passWordAuth'], os: OSES, v103: false, mutate: () => fc.constantFrom('YES', 'true', '').map((value) => set('passWordAuth', value)) },
  { name: 'imageInherit spelling', rule: 'parameter/enum', path: ['imageInherit'], os: OSES, v103: false, mutate: () => fc.constantFrom('YES', 'true', ' ').map((value) => set('imageInherit', value)) },
  { name: 'userdata key', rule: 'parameter/enum', path: ['userdata', 0, 'key'], os: OSES, v103: false, mutate: (os) => script(os).map((value) => set('userdata', [{ key: 'user-data', value }])) },
  { name: 'two keyNames', rule: 'parameter/count', path: ['keyNames'], os: OSES, v103: true, mutate: () => fc.array(keyName, { minLength: JD_KEY_NAMES_MAX + 1, maxLength: JD_KEY_NAMES_MAX + 2 }).map((names) => set('keyNames', names)) },
  { name: 'two userdata elements', rule: 'parameter/count', path: ['userdata'], os: OSES, v103: false, mutate: (os) => fc.tuple(userdata(os), userdata(os)).map(([a, b]) => set('userdata', [...a, ...b])) },
  { name: 'instanceId prefix', rule: 'identifier/format', path: ['instanceId'], os: OSES, v103: true, mutate: () => id('ins-', 8).map((value) => set('instanceId', value)) },
  { name: 'instanceId alphabet', rule: 'identifier/format', path: ['instanceId'], os: OSES, v103: true, mutate: () => stringOf(UPPER, 10, 10).map((body) => set('instanceId', `i-${body}`)) },
  { name: 'imageId prefix', rule: 'identifier/format', path: ['imageId'], os: OSES, v103: true, mutate: () => id('image-', 10).map((value) => set('imageId', value)) },
  { name: 'regionId empty', rule: 'identifier/format', path: ['regionId'], os: OSES, v103: true, mutate: () => fc.constant(set('regionId', '')) },
  { name: 'key name too long', rule: 'identifier/format', path: ['keyNames', 0], os: OSES, v103: true, mutate: () => stringOf(NAME_CHARS, 33, 40).map((name) => set('keyNames', [name])) },
  { name: 'key name character', rule: 'identifier/format', path: ['keyNames', 0], os: OSES, v103: true, mutate: () => fc.constantFrom('ops.key', 'ops key', '', 'ops/key').map((name) => set('keyNames', [name])) },
  { name: 'password too short', rule: 'password/length', path: ['password'], os: OSES, v103: true, mutate: () => fc.oneof(validPassword(JD_PASSWORD, { minLength: SHORTEST_DRAWABLE, maxLength: 7, accept: acceptable }), validPassword(JD_PASSWORD, { minLength: 7, maxLength: 7, accept: acceptable })).map((value) => set('password', value)) },
  { name: 'password too long', rule: 'password/length', path: ['password'], os: OSES, v103: true, mutate: () => fc.oneof(validPassword(JD_PASSWORD, { minLength: 31, maxLength: 31, accept: acceptable }), validPassword(JD_PASSWORD, { minLength: 31, maxLength: 40, accept: acceptable })).map((value) => set('password', value)) },
  { name: 'password character', rule: 'password/charset', path: ['password'], os: OSES, v103: true, mutate: () => fc.tuple(validPassword(JD_PASSWORD, { maxLength: 29, accept: acceptable }), fc.constantFrom('\\', ' ', '，', 'é', '中', '\t')).map(([value, bad]) => set('password', value + bad)) },
  { name: 'password classes', rule: 'password/classes', path: ['password'], os: OSES, v103: true, mutate: () => fc.constantFrom(LOWER + DIGITS, UPPER + LOWER, DIGITS + JD_PASSWORD.specials, LOWER).chain((chars) => stringOf(chars, 8, 30).filter(acceptable)).map((value) => set('password', value)) },
  { name: 'password banned word', rule: 'password/banned-word', path: ['password'], os: OSES, v103: true, mutate: () => fc.constantFrom(...JD_BANNED_WORDS).chain((word) => insert(word)).filter((value) => !hasRun(value)).map((value) => set('password', value)) },
  { name: 'password run', rule: 'password/sequence', path: ['password'], os: OSES, v103: true, mutate: () => fc.constantFrom('abc', 'CBA', 'xyz', '123', '987', 'qwe', 'lkj', 'ZAQ', 'edc', 'tfc', 'CFT').chain((run) => insert(run)).filter((value) => !hasBannedWord(value)).map((value) => set('password', value)) },
  { name: 'hostname too long', rule: 'hostname/length', path: ['hostname'], os: OSES, v103: false, mutate: () => fc.oneof(fc.constant(65), fc.integer({ min: 65, max: 80 })).chain((length) => stringOf(LOWER, length, length)).map((value) => set('hostname', value)) },
  { name: 'Windows hostname too long', rule: 'hostname/length', path: ['hostname'], os: ['windows'], v103: false, mutate: () => stringOf(LOWER, 16, 20).map((value) => set('hostname', value)) },
  { name: 'hostname character', rule: 'hostname/charset', path: ['hostname'], os: OSES, v103: false, mutate: () => validHostname(JD_HOSTNAME.windows).filter((value) => value.length <= 13).map((value) => set('hostname', `${value}_x`)) },
  { name: 'hostname edge', rule: 'hostname/edge', path: ['hostname'], os: OSES, v103: false, mutate: () => validHostname(JD_HOSTNAME.windows).filter((value) => value.length <= 14).map((value) => set('hostname', `${value}-`)) },
  { name: 'hostname consecutive', rule: 'hostname/consecutive', path: ['hostname'], os: OSES, v103: false, mutate: () => fc.constantFrom('web--01', 'a--b').map((value) => set('hostname', value)) },
  { name: 'Linux hostname .- or ..', rule: 'hostname/consecutive', path: ['hostname'], os: ['linux'], v103: false, mutate: () => fc.constantFrom('web.-01', 'web-.01', 'web..01').map((value) => set('hostname', value)) },
  { name: 'Windows hostname dot', rule: 'hostname/dot', path: ['hostname'], os: ['windows'], v103: false, mutate: () => fc.constant(set('hostname', 'web.example')) },
  { name: 'Windows hostname all digits', rule: 'hostname/all-digits', path: ['hostname'], os: ['windows'], v103: false, mutate: () => stringOf(DIGITS, 2, 15).map((value) => set('hostname', value)) },
  { name: '41 metadata pairs', rule: 'metadata/count', path: ['metadata'], os: OSES, v103: false, mutate: () => fc.constant(set('metadata', [...fullMetadata, { key: 'one-more', value: '' }])) },
  { name: 'metadata key too long', rule: 'metadata/key-length', path: ['metadata', 0, 'key'], os: OSES, v103: false, mutate: () => fc.constantFrom('k'.repeat(JD_METADATA.maxKeyLength + 1), '😀'.repeat(JD_METADATA.maxKeyLength + 1)).map((key) => set('metadata', [{ key, value: 'v' }])) },
  { name: 'metadata value too large', rule: 'metadata/value-size', path: ['metadata', 0, 'value'], os: OSES, v103: false, mutate: () => fc.constantFrom('v'.repeat(JD_METADATA.maxValueBytes + 1), `${'é'.repeat(JD_METADATA.maxValueBytes / 2)}v`).map((value) => set('metadata', [{ key: 'k', value }])) },
  { name: 'metadata empty key', rule: 'metadata/empty-key', path: ['metadata', 0, 'key'], os: OSES, v103: false, mutate: () => fc.constant(set('metadata', [{ key: '', value: 'v' }])) },
  { name: 'metadata duplicate key', rule: 'metadata/duplicate-key', path: ['metadata', 1, 'key'], os: OSES, v103: false, mutate: () => fc.constantFrom(['Role', 'role'], ['a', 'a'], ['ÉTÉ', 'été']).map(([a, b]) => set('metadata', [{ key: a, value: '1' }, { key: b, value: '2' }])) },
  { name: 'userdata not Base64', rule: 'userdata/base64', path: ['userdata', 0, 'value'], os: OSES, v103: false, mutate: () => fc.constantFrom('IyEvYmluL2Jhc2gK-_', 'IyEvYmlu\nL2Jhc2gK', 'IyEvYmluL2Jhc2gKZ', '=IyEvYmlu').map((value) => set('userdata', [{ key: 'launch-script', value }])) },
  { name: 'userdata over 16 KB decoded', rule: 'userdata/size', path: ['userdata', 0, 'value'], os: OSES, v103: false, mutate: oversize },
  { name: 'userdata framed for Windows on Linux', rule: 'userdata/framing', path: ['userdata', 0, 'value'], os: ['linux'], v103: false, mutate: () => framedFor('windows') },
  { name: 'userdata framed for Linux on Windows', rule: 'userdata/framing', path: ['userdata', 0, 'value'], os: ['windows'], v103: false, mutate: () => framedFor('linux') },
  { name: 'userdata not framed', rule: 'userdata/framing', path: ['userdata', 0, 'value'], os: OSES, v103: false, mutate: () => fc.constantFrom('echo 1', '\uFEFF#!/bin/bash\necho 1', '#!/bin/sh\n', '<cmd>\necho 1\n</powershell>').map((text) => set('userdata', [{ key: 'launch-script', value: encode([text]) }])) },
  { name: 'passWordAuth no on Windows', rule: 'credentials/unsupported', path: ['passWordAuth'], os: ['windows'], v103: false, mutate: () => fc.constant(set('passWordAuth', 'no')) },
];

/** Faults the server accepts: the payload stays ok and the warning is reported where the fix belongs. */
const WARNINGS: readonly (Omit<Fault, 'os' | 'v103'> & { readonly os: TargetOs })[] = [
  { name: 'unknown passwordAuth', rule: 'parameter/unknown', path: ['passwordAuth'], os: 'linux', mutate: () => fc.constant(set('passwordAuth', 'yes')) },
  { name: 'unpadded userdata', rule: 'userdata/padding', path: ['userdata', 0, 'value'], os: 'linux', mutate: () => fc.constant(set('userdata', [{ key: 'launch-script', value: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw' }])) },
  { name: 'python3 shebang', rule: 'userdata/framing', path: ['userdata', 0, 'value'], os: 'linux', mutate: () => fc.constant(set('userdata', [{ key: 'launch-script', value: encode(['#!/usr/bin/env python3\nprint(1)\n']) }])) },
  { name: 'ignored metadata key', rule: 'metadata/ignored-key', path: ['metadata', 0, 'key'], os: undefined, mutate: () => fc.constant(set('metadata', [{ key: 'role-', value: 'web' }])) },
  { name: 'disputed digit run', rule: 'password/sequence', path: ['password'], os: undefined, mutate: () => fc.constantFrom(...JD_DISPUTED_DIGIT_RUNS).chain((run) => insert(run)).filter((value) => !hasBannedWord(value) && !hasRun(value, false)).map((value) => set('password', value)) },
  { name: 'disputed keyboard diagonal', rule: 'password/sequence', path: ['password'], os: undefined, mutate: () => fc.constantFrom(...DISPUTED_DIAGONAL_RUNS).chain((run) => insert(run)).filter((value) => !hasBannedWord(value) && !hasRun(value, false)).map((value) => set('password', value)) },
  { name: 'userdata framed for Linux only, OS unknown', rule: 'userdata/framing', path: ['userdata', 0, 'value'], os: undefined, mutate: () => framedFor('linux') },
  { name: 'userdata framed for Windows only, OS unknown', rule: 'userdata/framing', path: ['userdata', 0, 'value'], os: undefined, mutate: () => framedFor('windows') },
  { name: 'keyNames on Windows', rule: 'credentials/ignored', path: ['keyNames'], os: 'windows', mutate: () => fc.constant(set('keyNames', ['ops'])) },
  { name: 'imageInherit with a password', rule: 'credentials/ignored', path: ['password'], os: 'linux', mutate: () => password.map((value) => (payload: Payload) => ({ ...payload, imageInherit: 'yes', password: value })) },
  { name: 'Linux hostname label over 63', rule: 'hostname/label-length', path: ['hostname'], os: 'linux', mutate: () => fc.constant(set('hostname', `${'a'.repeat(64)}`)) },
];

describe('jdcloud.vm.rebuildInstance properties', () => {
  test.prop([osArb.chain((os) => fc.tuple(fc.constant(os), validV1(os)))], { numRuns: numRuns(1500) })(
    'every payload drawn from the policies is accepted without an error',
    ([os, payload]) => {
      const report = validate(V1, payload, optionsFor(os));
      expect(errorKeys(report)).toEqual([]);
      expect(report.ok).toBe(true);
    },
  );

  test.prop([osArb.chain((os) => fc.tuple(fc.constant(os), valid103()))], { numRuns: numRuns(500) })(
    'the "1.0.3" parameter set accepts every payload drawn from it',
    ([os, payload]) => {
      expect(errorKeys(validate(V103, payload, optionsFor(os)))).toEqual([]);
    },
  );

  for (const fault of FAULTS) {
    for (const os of fault.os) {
      test.prop([validV1(os).chain((payload) => fault.mutate(os).map((mutate) => mutate(payload)))], { numRuns: numRuns(150) })(
        `single fault "${fault.name}" (${os ?? 'unknown OS'}) yields ${fault.rule} and no other error`,
        (payload) => {
          expect(errorKeys(validateLocated(V1, payload, optionsFor(os)))).toEqual([`${fault.rule} ${JSON.stringify(fault.path)}`]);
        },
      );
    }
  }

  for (const fault of FAULTS.filter((candidate) => candidate.v103 && candidate.os.includes('linux'))) {
    test.prop([valid103().chain((payload) => fault.mutate('linux').map((mutate) => mutate(payload)))], { numRuns: numRuns(50) })(
      `1.0.3: single fault "${fault.name}" yields ${fault.rule} and no other error`,
      (payload) => {
        expect(errorKeys(validateLocated(V103, payload, { os: 'linux' }))).toEqual([`${fault.rule} ${JSON.stringify(fault.path)}`]);
      },
    );
  }

  test.prop([valid103()], { numRuns: numRuns(100) })('1.0.3: a missing password is the one error', (payload) => {
    const { password: _dropped, ...rest } = payload;
    expect(errorKeys(validate(V103, rest, { os: 'linux' }))).toEqual(['parameter/required ["password"]']);
  });

  for (const warning of WARNINGS) {
    test.prop([validV1(warning.os).chain((payload) => warning.mutate(warning.os).map((mutate) => mutate(payload)))], { numRuns: numRuns(50) })(
      `accepted fault "${warning.name}" (${warning.os ?? 'unknown OS'}) is a ${warning.rule} warning, not an error`,
      (payload) => {
        const report = validateLocated(V1, payload, optionsFor(warning.os));
        expect(report.ok).toBe(true);
        expect(reportKeys(report)).toContain(`warning ${warning.rule} ${JSON.stringify(warning.path)}`);
      },
    );
  }
});

const anyPayload = (os: TargetOs) =>
  fc.oneof(
    { weight: 3, arbitrary: validV1(os) },
    { weight: 3, arbitrary: validV1(os).chain((payload) => fc.constantFrom(...FAULTS, ...WARNINGS).chain((fault) => fault.mutate(os).map((mutate) => mutate(payload)))) },
    { weight: 2, arbitrary: fc.anything() },
    {
      weight: 2,
      arbitrary: fc.dictionary(
        fc.constantFrom('regionId', 'instanceId', 'password', 'imageId', 'keyNames', 'hostname', 'metadata', 'userdata', 'passWordAuth', 'imageInherit', 'passwordAuth', '__proto__'),
        fc.oneof(fc.anything(), fc.array(fc.dictionary(fc.constantFrom('key', 'value', 'Key'), fc.oneof(fc.string(), fc.anything())))),
      ),
    },
  );

describe('jdcloud: the direct checker and the valibot schema agree', () => {
  for (const [api, spec] of [
    [V1, REBUILD_INSTANCE],
    [V103, REBUILD_INSTANCE_103],
  ] as const) {
    for (const os of OSES) {
      const schema = createSchema(spec, { ...optionsFor(os), warnings: true });
      test.prop([anyPayload(os)], { numRuns: numRuns(400) })(`${api} (${os ?? 'unknown OS'})`, (payload) => {
        expect(schemaKeys(schema, payload)).toEqual(reportKeys(validate(api, payload, optionsFor(os))));
      });
    }
  }
});

describe('jdcloud never throws, never mutates, never leaks', () => {
  test.prop([anyValue, osArb, fc.constantFrom(V1, V103)], { numRuns: numRuns(1500) })(
    'any value gives a report and stays as it was',
    (payload, os, api) => {
      validateUnchanged(api, payload, optionsFor(os));
    },
  );

  test.prop([osArb.chain((os) => fc.tuple(fc.constant(os), anyPayload(os)))], { numRuns: numRuns(500) })(
    'payloads near the schema give a report and stay as they were',
    ([os, payload]) => {
      validateUnchanged(V1, payload, optionsFor(os));
    },
  );

  test.prop(
    [
      osArb,
      fc.string({ unit: 'grapheme', minLength: 10, maxLength: 40 }),
      fc.constantFrom('en', 'zh-CN') as fc.Arbitrary<'en' | 'zh-CN'>,
      fc.constantFrom(V1, V103),
    ],
    { numRuns: numRuns(1500) },
  )('no password ever appears in the report or the schema issues, whatever rule it breaks', (os, secret, lang, api) => {
    const payload = { regionId: 'cn-north-1', instanceId: 'i-eumm7x3kd6', password: secret, imageInherit: 'yes', keyNames: ['ops'] };
    const report = validate(api, payload, { ...optionsFor(os), lang });
    expect(JSON.stringify(report)).not.toContain(secret);
    for (const issue of report.issues) expect(issue.message).not.toContain(secret);
    const schema = createSchema(api === V1 ? REBUILD_INSTANCE : REBUILD_INSTANCE_103, { ...optionsFor(os), warnings: true });
    const result = schema['~standard'].validate(payload);
    expect(JSON.stringify('issues' in result ? result.issues : [])).not.toContain(secret);
  });
});
