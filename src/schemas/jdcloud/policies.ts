import type { Base64Policy } from '../../rules/base64/index.ts';
import type { Os } from '../../rules/finding.ts';
import type { HostnameProfile } from '../../rules/hostname/index.ts';
import type { IdentifierPolicy } from '../../rules/identifier/index.ts';
import type { MetadataPolicy } from '../../rules/metadata/index.ts';
import type { PasswordPolicy } from '../../rules/password/index.ts';
import type { FramingPolicy } from '../../rules/userdata/index.ts';
import type { VendorError } from '../../errors/issue.ts';

/**
 * The special characters a JD password accepts (31): every ASCII punctuation
 * character but backslash. The API page's `[ ]` space and trailing full-width
 * comma are markdown and sentence artifacts (docs/vendors/jdcloud.md#password).
 */
export const JD_PASSWORD_SPECIALS = '()`~!@#$%^&*_-+=|{}[]:";\'<>,.?/';

/**
 * The substrings the public parameter specification bans, exactly in the two
 * cases it lists: `Jd` or `Cloud` are not banned on the literal reading (docs/vendors/jdcloud.md#password).
 */
export const JD_BANNED_WORDS = ['jd', 'JD', '360', 'bug', 'BUG', 'com', 'COM', 'cloud', 'CLOUD', 'password', 'PASSWORD'] as const;

/**
 * Digit runs only one reading bans: the one known implementation bans the
 * wrapping `890`/`098` but not `012`/`210`, while the spec's "consecutive
 * digits" wording bans `012`/`210` but not a wrap. Each gives a warning (docs/vendors/jdcloud.md#password).
 */
export const JD_DISPUTED_DIGIT_RUNS = ['012', '210', '890', '098'] as const;

/**
 * The keyboard diagonal the public parameter specification names among its
 * examples of banned keyboard runs (`qaz`, `tfc`, `wsx`, `xsw`, `qwert`,
 * `trewq`): banned in either direction, as its row and column examples are.
 */
export const JD_KEYBOARD_DIAGONALS = 'tfc';

/**
 * The other diagonals of the same slant: no JD example names them, so
 * banning them is a guess at the rule; their runs only warn (docs/vendors/jdcloud.md#password).
 */
export const JD_DISPUTED_KEYBOARD_DIAGONALS = 'esz rdx ygv uhb ijn okm';

/**
 * JD `password` (v1 and 1.0.3): 8-30 characters, at least 3 of 4 classes,
 * JD-31 specials, plus the public parameter specification's bans: the listed
 * words, same-case ascending or descending runs of 3 letters or digits, and
 * runs of 3 keyboard-adjacent letters along rows, columns and the `tfc`
 * diagonal (the other diagonals warn). The spec's
 * "user name must not appear" rule is not checked: a payload does not carry
 * the account name (docs/vendors/jdcloud.md#password).
 */
export const JD_PASSWORD: PasswordPolicy = {
  minLength: 8,
  maxLength: 30,
  specials: JD_PASSWORD_SPECIALS,
  classes: ['lower', 'upper', 'digit', 'special'],
  minClasses: 3,
  bannedWords: JD_BANNED_WORDS,
  sequences: {
    runLength: 3,
    alphabet: true,
    digits: true,
    keyboard: true,
    keyboardDiagonals: JD_KEYBOARD_DIAGONALS,
    disputedKeyboardDiagonals: JD_DISPUTED_KEYBOARD_DIAGONALS,
    disputedRuns: JD_DISPUTED_DIGIT_RUNS,
  },
};

/**
 * JD `hostname` per OS (docs/vendors/jdcloud.md#hostname): Windows 2-15, letters digits `-`, no dots, not
 * all digits; Linux 2-64, dotted segments, no leading, trailing or consecutive
 * `.`/`-`. No segment limit is stated: RFC 1123's 63 only warns (docs/design-decisions.md#hostnames).
 */
export const JD_HOSTNAME: Readonly<Record<Os, HostnameProfile>> = {
  windows: { minLength: 2, maxLength: 15, allowDots: false, allowAllDigits: false },
  linux: { minLength: 2, maxLength: 64, allowDots: true, allowAllDigits: true, maxLabelLength: 63 },
};

/**
 * Region ids (path parameter): no closed list belongs to this API, but every
 * documented region code (`cn-north-1`, `cn-east-2` ...) is letters, digits
 * and `-`; so an empty id is an error and any other character only a warning (docs/vendors/jdcloud.md#parameters).
 */
export const JD_REGION_ID: IdentifierPolicy = {
  alphabet: 'name',
  minLength: 1,
  shapeSeverity: 'warning',
  lengthSeverity: 'error',
};

/**
 * Instance ids (path parameter): `i-` + lowercase letters and digits. The
 * length 10 comes from masked examples only (`i-eumm****d6`), so a wrong
 * length is a warning and a wrong prefix an error (docs/vendors/jdcloud.md#identifiers).
 */
export const JD_INSTANCE_ID: IdentifierPolicy = {
  prefix: 'i-',
  alphabet: 'lower-alnum',
  length: 10,
  lengthSeverity: 'warning',
};

/** Image ids: `img-` + lowercase letters and digits; length 10 from the masked example `img-m5s0****29` (a warning, docs/vendors/jdcloud.md#identifiers). */
export const JD_IMAGE_ID: IdentifierPolicy = {
  prefix: 'img-',
  alphabet: 'lower-alnum',
  length: 10,
  lengthSeverity: 'warning',
};

/** Key pair names (CreateKeypair/ImportKeypair): letters, digits, `_` and `-`, at most 32 characters (docs/vendors/jdcloud.md#identifiers). */
export const JD_KEY_NAME: IdentifierPolicy = { alphabet: 'name', minLength: 1, maxLength: 32 };

/** `keyNames`: "only a single key is currently supported" (docs/vendors/jdcloud.md#parameters). */
export const JD_KEY_NAMES_MAX = 1;

/**
 * JD `metadata` (docs/vendors/jdcloud.md#metadata): at most 40 pairs, key at most 256 code
 * points, value at most 16384 UTF-8 bytes ("16KB", the conservative unit for
 * non-ASCII), keys compared case-insensitively (so `Foo` + `foo` is a
 * duplicate), a key ending in `-` is accepted but ignored and still counts
 * toward the 40.
 */
export const JD_METADATA: MetadataPolicy = {
  maxPairs: 40,
  maxKeyLength: 256,
  maxValueBytes: 16384,
  caseInsensitiveKeys: true,
  ignoredKeySuffix: '-',
};

/** `userdata[].value`: Base64, at most 16384 bytes before encoding, stated explicitly (docs/vendors/jdcloud.md#user-data, docs/design-decisions.md#16-kb). */
export const JD_USERDATA: Base64Policy = { maxDecodedBytes: 16384 };

/** `userdata`: only the launch script exists, so at most one element, keyed `launch-script` (docs/vendors/jdcloud.md#user-data). */
export const JD_USERDATA_KEYS = ['launch-script'] as const;

/** `userdata`: at most one element (docs/vendors/jdcloud.md#parameters). */
export const JD_USERDATA_MAX = 1;

/**
 * Launch-script framing on the decoded text (docs/vendors/jdcloud.md#user-data, docs/design-decisions.md#framing): Linux
 * first line `#!/bin/bash` or `#!/usr/bin/env python` (arguments allowed;
 * `python3` only warns: the doc names `python`); Windows first and last
 * non-empty lines a matched `<cmd>` or `<powershell>` pair.
 */
export const JD_FRAMING: FramingPolicy = {
  shebangs: ['#!/bin/bash', '#!/usr/bin/env python'],
  disputedShebangs: ['#!/usr/bin/env python3'],
  tagPairs: [
    ['<cmd>', '</cmd>'],
    ['<powershell>', '</powershell>'],
  ],
};

/**
 * `passWordAuth` values: the rebuild text enumerates none; the sibling
 * `InstanceSpec.passwordAuth` documents `yes` (default) / `no`. SDK-only
 * (VM API 1.5.2, 2022-08), on neither API page (docs/vendors/jdcloud.md#credentials).
 */
export const JD_PASSWORD_AUTH = ['yes', 'no'] as const;

/** The OS on which `passWordAuth` must be `yes`; absent means the server default `yes` (docs/vendors/jdcloud.md#credentials, docs/design-decisions.md#defaults). */
export const JD_PASSWORD_AUTH_REQUIRED_ON: Os = 'windows';

/** `imageInherit` values: `yes`, `no`, or `""` (= `no`). SDK-only since 2022-08 (docs/vendors/jdcloud.md#credentials). */
export const JD_IMAGE_INHERIT = ['yes', 'no', ''] as const;

// Precondition facts: what the preflight rules compare the known instance and image facts against.

/** The only instance state JD rebuilds from (docs/vendors/jdcloud.md#preconditions: "Please stop the instance first."). */
export const JD_REBUILD_STATE = 'stopped';

/** The image root device type each system disk category needs (docs/vendors/jdcloud.md#preconditions; the API page's `loaclDisk` is a typo). */
export const JD_ROOT_DEVICE_FOR_DISK: Readonly<Record<'local' | 'cloud', 'localDisk' | 'cloudDisk'>> = { local: 'localDisk', cloud: 'cloudDisk' };

/** 400 `FAILED_PRECONDITION`: stop first, disk category, instance type, encryption (docs/vendors/jdcloud.md#error-codes). */
export const JD_FAILED_PRECONDITION: VendorError = { code: 'FAILED_PRECONDITION', status: 400 };

/** 400 `OUT_OF_RANGE` `NewSysDiskSizeGB out of range. Less than the image system disk capacity.` (docs/vendors/jdcloud.md#error-codes). */
export const JD_OUT_OF_RANGE: VendorError = { code: 'OUT_OF_RANGE', status: 400 };
