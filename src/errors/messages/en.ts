/**
 * The English message table, keyed by rule id: what `validate` and the schemas say by default.
 *
 * @module instance-preflight/messages/en
 */
import type { Os } from '../../rules/finding.ts';
import type { Message, MessageParams, MessageTable } from './types.ts';
import { list, text } from './types.ts';
import * as messages from './en.ts';
import { tableOf } from './tableOf.ts';

const CLASS_NAMES: Readonly<Record<string, string>> = {
  lower: 'lowercase letters',
  upper: 'uppercase letters',
  digit: 'digits',
  special: 'special characters',
  letter: 'letters',
};

const ALPHABETS: Readonly<Record<string, string>> = {
  'lower-alnum': 'lowercase letters and digits',
  alnum: 'letters and digits',
  name: 'letters, digits, "_" and "-"',
};

const BASE64_HINTS: Readonly<Record<string, string>> = {
  'url-safe': 'Encode the user data with the standard Base64 alphabet ("+" and "/"), not the URL-safe one ("-" and "_").',
  whitespace: 'Remove the line breaks and spaces from the Base64 user data (encode with "base64 -w0").',
  padding: 'Put "=" padding only at the end of the Base64 user data, at most two.',
  length: 'The Base64 user data has a length no encoder produces (one character too many or too few); encode it again.',
  alphabet: 'Encode the user data as standard Base64: A-Z, a-z, 0-9, "+", "/", and "=" only at the end.',
};

const IGNORED_REASONS: Readonly<Record<string, string>> = {
  windows: 'on Windows images',
  'image-inherit': 'when imageInherit is "yes"',
  'user-data': 'when the user data also sets the password (Linux)',
  'key-pair': 'when a key pair is bound (password logon is then disabled)',
};

const quoted = (values: readonly string[]): string => values.map((value) => `"${value}"`).join(', ');

const FORM_TYPES: Readonly<Record<string, string>> = {
  boolean: 'Use TRUE, true, FALSE or false here.',
  integer: 'Use a whole number written in digits here.',
  object: 'Give this parameter as flattened keys ("Name.Field=value"), not as one value.',
  array: 'Give this list as numbered keys ("Name.0=value", "Name.1=value"), not as one value.',
  string: 'Give this parameter as one value, not as flattened keys below it.',
  query: 'Give a request URL, a query string or a flat map of strings.',
};

/** The first list indexes in words: an API's flattened lists count from 0 or, where its findings say `first: 1`, from 1. */
const counting = (first: string): string => (first === '1' ? '1, 2, 3' : '0, 1, 2');

const FLATTENING: Readonly<Record<string, (key: string, index: string, first: string) => string>> = {
  index: (key, _index, first) => `Number list elements ${counting(first)}, ...: "${key}" does not end in a list index.`,
  gap: (key, index, first) => `Number the elements of "${key}" from ${first} without gaps: element ${index} is missing.`,
  repeated: (key) => `Give "${key}" once: the key is repeated.`,
  conflict: (key) => `Give "${key}" either as one value or as keys below it ("${key}.Name"), not both.`,
  'empty-segment': (key) => `Remove the empty part of the key "${key}" (".." or a "." at either end).`,
};

/** Said of every key not shown (an unknown key may be text split off a password). */
const REDACTED_NOTE = 'Its name is not shown, as it may hold part of a secret.';

const FLATTENING_REDACTED: Readonly<Record<string, (index: string, first: string) => string>> = {
  index: (_index, first) => `Number list elements ${counting(first)}, ...: this key does not end in a list index.`,
  gap: (index, first) => `Number the elements of this list from ${first} without gaps: element ${index} is missing.`,
  repeated: () => 'Give this key once: it is repeated.',
  conflict: () => 'Give this key either as one value or as keys below it, not both.',
  'empty-segment': () => 'Remove the empty part of this key (".." or a "." at either end).',
};

/** Appended to an issue whose form value held a literal `+`: form decoding turns it into a space. */
export const EN_PLUS_HINT = 'In a query string a literal "+" is a space: send "+" as %2B.';

/** Prefixes a message that applies to one OS only (the target OS being unknown). */
export const forOs = (os: Os, message: string): string => `If the target image runs ${os === 'windows' ? 'Windows' : 'Linux'}: ${message}`;

/** English message for `parameter/required`: a required parameter is missing. */
export const parameterRequired: Message = (p) => `Add "${text(p, 'name')}": it is required.`;

/** English message for `parameter/required-when-empty`: a parameter is missing that becomes required when the parameters it stands in for are all empty. */
export const parameterRequiredWhenEmpty: Message = (p) => `Add "${text(p, 'name')}": it is required when none of ${quoted(list(p, 'others'))} is given.`;

/** English message for `parameter/type` in a JSON payload or a schema's input (no `encoding`). */
export const parameterTypeJson: Message = (p) => `Use a JSON ${text(p, 'expected')} here.`;

/** English message for `parameter/type` in a form request (`encoding: 'query'`, which only `validate()` sets): the form's own wording where it has one. */
export const parameterTypeQuery: Message = (p) =>
  p['first'] === 1 && p['expected'] === 'array'
    ? 'Give this list as numbered keys ("Name.1=value", "Name.2=value"), not as one value.'
    : (FORM_TYPES[text(p, 'expected')] ?? parameterTypeJson(p));

/** English message for `parameter/type`: a parameter has the wrong JSON type; dispatches on `encoding`. */
export const parameterType: Message = (p) => (p['encoding'] === 'query' ? parameterTypeQuery : parameterTypeJson)(p);

/** English message for `parameter/flattening`: a form request’s flattened keys do not rebuild one object (bad list index, gap, repeated key, key both value and object); without `key` (a redacted key) it says the name is not shown. */
export const parameterFlattening: Message = (p) =>
  p['key'] === undefined
    ? `${FLATTENING_REDACTED[text(p, 'reason')]?.(text(p, 'index'), text(p, 'first') || '0') ?? 'Fix this flattened key.'} ${REDACTED_NOTE}`
    : (FLATTENING[text(p, 'reason')]?.(text(p, 'key'), text(p, 'index'), text(p, 'first') || '0') ?? `Fix the flattened key "${text(p, 'key')}".`);

/** English message for `parameter/unknown` with a near name (`suggestion`, which only `validate()` and the CLI look for); the key is quoted only when the finding gives it (`name`). */
export const parameterUnknownSuggestion: Message = (p) =>
  p['name'] === undefined
    ? `This API has no parameter of this name; did you mean "${text(p, 'suggestion')}"? ${REDACTED_NOTE}`
    : `This API has no parameter "${text(p, 'name')}"; did you mean "${text(p, 'suggestion')}"?`;

/** English message for `parameter/unknown` without a near name; without `name` (a redacted key) it says the name is not shown. */
export const parameterUnknownRemove: Message = (p) =>
  p['name'] === undefined
    ? `This API has no parameter of this name: remove it, or quote or percent-encode the value it was split from. ${REDACTED_NOTE}`
    : `This API has no parameter "${text(p, 'name')}"; remove it.`;

/** English message for `parameter/unknown`: the API has no parameter of this name (near names are suggested); dispatches on `suggestion`. */
export const parameterUnknown: Message = (p) => (p['suggestion'] ? parameterUnknownSuggestion : parameterUnknownRemove)(p);

/** English message for `parameter/enum`: a parameter takes only the listed values. */
export const parameterEnum: Message = (p) => `Use one of: ${quoted(list(p, 'allowed'))}.`;

/** English message for `parameter/count`: a list has more elements than the API accepts. */
export const parameterCount: Message = (p) => `Give at most ${text(p, 'max')} element(s) here.`;

/** English message for `parameter/length`: a text parameter is longer than the vendor documents. */
export const parameterLength: Message = (p) => `Use at most ${text(p, 'max')} characters here.`;

const UNUSED_REASONS: Readonly<Record<string, string>> = {
  'response-only': 'it is a response field, not an input of write requests',
  'run-instances-only': 'it applies to RunInstances only',
};

/** English message for `parameter/unused`: a field of a shared structure that this API does not take (a response field, or another API's only). */
export const parameterUnused: Message = (p) => `Remove "${text(p, 'name')}": ${UNUSED_REASONS[text(p, 'reason')] ?? 'this API does not take it'}.`;

/** English message for `parameter/conflict`: two parameters are given that exclude each other. */
export const parameterConflict: Message = (p) => `Give "${text(p, 'name')}" or "${text(p, 'with')}", not both: remove this one.`;

const DEPRECATED_REASONS: Readonly<Record<string, string>> = {
  deprecated: 'the vendor has deprecated it',
  unavailable: 'the vendor says it is not available for use',
};

/** English message for `parameter/deprecated`: the vendor marks the parameter deprecated or not available for use. */
export const parameterDeprecated: Message = (p) =>
  `Remove "${text(p, 'name')}": ${DEPRECATED_REASONS[text(p, 'reason')] ?? 'the vendor has deprecated it'}${p['instead'] === undefined ? '' : `; use "${text(p, 'instead')}" instead`}.`;

/** English message for `parameter/charset`: a text parameter holds characters outside the set the vendor accepts. */
export const parameterCharset: Message = (p) => (p['allowed'] === 'ascii' ? 'Use only ASCII characters here.' : `Use only these characters here: ${text(p, 'allowed')}.`);

/** English message for `parameter/parse`: a request file or line is not valid JSON, YAML or query-string syntax (CLI). */
export const parameterParse: Message = (p) =>
  `Fix the ${text(p, 'syntax')} syntax here (${text(p, 'reason') || 'syntax error'}); nothing in this request was checked.`;

/** English message for `parameter/duplicate`: a JSON or YAML object repeats a key: servers differ in which value they keep (CLI). */
export const parameterDuplicate: Message = (p) =>
  `Remove this repeated key: the object already has a key of this name, and servers differ in which value they keep${p['redacted'] ? ' (its name is not shown: it may hold part of a secret)' : ''}.`;

/**
 * An id's shape in English: its prefix, then the size and alphabet of the rest.
 *
 * @param params The finding's parameters.
 * @param alphabet The alphabet, in words.
 *
 * @returns The message.
 */
function idShape(params: MessageParams, alphabet: string): string {
  const prefix = text(params, 'prefix');
  const size =
    params['length'] !== undefined
      ? `exactly ${text(params, 'length')}`
      : params['max'] === undefined
        ? `at least ${text(params, 'min') || '1'}`
        : `${text(params, 'min') || '1'}-${text(params, 'max')}`;
  return prefix
    ? `Use an id that starts with "${prefix}" followed by ${size} ${alphabet}.`
    : `Use an id of ${size} ${alphabet}.`;
}

/** English message for `identifier/format` of an id with a documented `alphabet` and size (every id but an opaque one). */
export const identifierFormatShaped: Message = (p) => idShape(p, ALPHABETS[text(p, 'alphabet')] ?? 'letters and digits');

/** English message for `identifier/format` of an id of lowercase letters and digits (`alphabet: 'lower-alnum'`), without the other alphabets' words. */
export const identifierFormatLowerAlnum: Message = (p) => idShape(p, 'lowercase letters and digits');

/** English message for `identifier/format` of an id of grouped hexadecimal digits (`groups`: a UUID, a 32-digit id), or of one holding a character that moves its URL (`part: 'url'`). */
export const identifierFormatHex: Message = (p) =>
  p['part'] === 'url'
    ? 'Remove "/", "?", "#", "%", spaces and control characters from this id: they change the URL the request is sent to.'
    : text(p, 'groups').includes('-')
      ? `Use a UUID: hexadecimal digits in groups of ${text(p, 'groups')}, separated by "-".`
      : `Use an id of ${text(p, 'groups')} hexadecimal digits.`;

/** English message for `identifier/format`: a resource id does not have the vendor’s prefix and shape; an opaque id's, a hex id's ({@link identifierFormatHex}), or {@link identifierFormatShaped}. */
export const identifierFormat: Message = (p) =>
  p['groups'] !== undefined
    ? identifierFormatHex(p)
    : // An opaque id (no documented alphabet) has one rule only: it must not be empty.
      p['alphabet'] === undefined
      ? 'Give a non-empty id.'
      : identifierFormatShaped(p);

/** English message for `password/length`: the password is shorter or longer than the vendor allows. */
export const passwordLength: Message = (p) => `Use ${text(p, 'min')}-${text(p, 'max')} characters for the password.`;

/** English message for `password/charset` when a character is outside every revision's set (an error). */
export const passwordCharsetInvalid: Message = (p) =>
  `Use only ASCII letters, digits and these special characters in the password: ${text(p, 'allowed')}`;

/** English message for `password/charset` when a character only some revisions accept is used (`disputed`, a warning). */
export const passwordCharsetDisputed: Message = (p) =>
  `Not every revision of the vendor documentation accepts ${text(p, 'disputed')} in passwords; to be safe, use only ASCII letters, digits and ${text(p, 'allowed')}.`;

/** English message for `password/charset` when the password starts with a character it may not start with (`first`, the forbidden set). */
export const passwordCharsetFirst: Message = (p) => `Do not start the password with ${quoted([...text(p, 'first')])}.`;

/** English message for `password/charset`: the password contains a character the vendor does not accept; dispatches on `first` and `disputed`. */
export const passwordCharset: Message = (p) =>
  (p['first'] !== undefined ? passwordCharsetFirst : p['disputed'] ? passwordCharsetDisputed : passwordCharsetInvalid)(p);

/** English message for `password/classes`: the password mixes too few character classes. */
export const passwordClasses: Message = (p) =>
  `Use characters from at least ${text(p, 'min')} of: ${list(p, 'classes').map((c) => CLASS_NAMES[c] ?? c).join(', ')}.`;

/** English message for `password/banned-word`: the password contains a word the vendor bans. */
export const passwordBannedWord: Message = (p) => `Remove the words the vendor bans from the password (${list(p, 'words').join(' ')}).`;

/** English message for `password/sequence`: the password contains a run of consecutive letters, digits or keyboard keys. */
export const passwordSequence: Message = (p) =>
  p['disputed']
    ? `Avoid the runs ${list(p, 'disputed').join(' ')} (either direction): one reading of the vendor rule bans them.`
    : `Avoid runs of ${text(p, 'runLength')} consecutive letters, digits or keyboard keys (such as abc, 321, qwe) in the password.`;

/** English message for `password/contains-username`: the password contains the account's user name, its reverse or a run of its characters; `folded` when the match ignores case. */
export const passwordContainsUsername: Message = (p) => {
  const parts = [`the user name "${text(p, 'name')}"`];
  if (p['reverse']) parts.push('its reverse');
  if (p['runLength'] !== undefined) parts.push(`any ${text(p, 'runLength')} consecutive characters of it`);
  const what = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}` : parts.join('');
  return p['folded']
    ? `Do not use ${what} in the password, in any letter case: the vendor may compare without case.`
    : `Do not use ${what} in the password.`;
};

/** English message for `hostname/length`: the hostname is shorter or longer than the OS profile allows. */
export const hostnameLength: Message = (p) => `Use ${text(p, 'min')}-${text(p, 'max')} characters for the hostname.`;

/** English message for `hostname/charset`: the hostname contains a character other than letters, digits, `-` (and `.` on Linux). */
export const hostnameCharset: Message = (p) =>
  p['dots'] ? 'Use only letters, digits, "-" and "." in the hostname.' : 'Use only letters, digits and "-" in the hostname.';

/** English message for `hostname/edge`: the hostname starts or ends with `-` or `.`. */
export const hostnameEdge: Message = (p) => `Start and end the hostname with a letter or digit, not ${quoted([...text(p, 'chars')])}.`;

/** English message for `hostname/consecutive`: the hostname contains `--`, `..`, `.-` or `-.`. */
export const hostnameConsecutive: Message = () => 'Separate "-" and "." by letters or digits: "--", "..", ".-" and "-." are not allowed.';

/** English message for `hostname/all-digits`: a Windows hostname consists of digits only. */
export const hostnameAllDigits: Message = () => 'Add a letter or "-": a Windows hostname cannot be all digits.';

/** English message for `hostname/dot`: a Windows hostname contains a dot. */
export const hostnameDot: Message = () => 'Remove the dots: a Windows hostname cannot contain ".".';

/** English message for `hostname/label-length`: a dot-separated hostname label is longer than 63 characters (RFC 1123). */
export const hostnameLabelLength: Message = (p) => `Keep each dot-separated part of the hostname to ${text(p, 'max')} characters (RFC 1123).`;

/** English message for `instance-name/length`: the instance name is shorter or longer than allowed. */
export const instanceNameLength: Message = (p) => `Use ${text(p, 'min')}-${text(p, 'max')} characters for the instance name.`;

/** English message for `instance-name/charset`: the instance name contains a character that is not allowed. */
export const instanceNameCharset: Message = (p) => `Use only letters, digits and ${quoted([...text(p, 'extra')])} in the instance name.`;

/** English message for `metadata/count`: there are more metadata pairs than allowed. */
export const metadataCount: Message = (p) => `Use at most ${text(p, 'max')} metadata pairs.`;

/** English message for `metadata/key-length`: a metadata key is longer than allowed. */
export const metadataKeyLength: Message = (p) => `Shorten the metadata key to at most ${text(p, 'max')} characters.`;

/** English message for `metadata/value-size`: a metadata value is larger than allowed. */
export const metadataValueSize: Message = (p) => `Shorten the metadata value to at most ${text(p, 'max')} bytes (UTF-8).`;

/** English message for `metadata/empty-key`: a metadata key is empty. */
export const metadataEmptyKey: Message = () => 'Give the metadata pair a non-empty key.';

/** English message for `metadata/duplicate-key`: two metadata keys are the same (compared case-insensitively). */
export const metadataDuplicateKey: Message = () => 'Use each metadata key once; keys are compared case-insensitively.';

/** English message for `metadata/ignored-key`: a metadata key is accepted but ignored by the vendor (it ends with `-`). */
export const metadataIgnoredKey: Message = (p) => `Remove the trailing "${text(p, 'suffix')}" from the key: the vendor ignores keys that end with it.`;

/** English message for `userdata/base64`: user data is not strict standard-alphabet Base64. */
export const userdataBase64: Message = (p) => BASE64_HINTS[text(p, 'hint')] ?? BASE64_HINTS['alphabet'] ?? '';

/** English message for `userdata/padding`: user data Base64 lacks its `=` padding. */
export const userdataPadding: Message = (p) =>
  `Add the ${text(p, 'missing')} missing "=" padding character(s) to the Base64 user data; the vendor example omits them, but strict decoders need them.`;

/** English message for `userdata/size` measured in Base64 characters (`unit: 'encoded-chars'`). */
export const userdataSizeEncodedChars: Message = (p) =>
  `Keep the Base64-encoded user data to ${text(p, 'max')} characters (it has ${text(p, 'actual')}).`;

/** English message for `userdata/size` measured in bytes before Base64 encoding (`unit: 'decoded-bytes'`). */
export const userdataSizeDecodedBytes: Message = (p) =>
  `Keep the user data to ${text(p, 'max')} bytes before Base64 encoding (it has ${text(p, 'actual')}).`;

/** English message for `userdata/size` measured in UTF-8 bytes against an assumed limit (`unit: 'utf8-bytes'`). */
export const userdataSizeUtf8Bytes: Message = (p) => {
  const actual = text(p, 'actual');
  // A value far over the limit is not measured (that would scan it), so the count may be absent.
  const has = actual ? ` (it has ${actual})` : '';
  return `Keep the user data to ${text(p, 'max')} bytes${has}; the vendor does not document its exact limit.`;
};

/** English message for `userdata/size`: user data is larger than the vendor allows; dispatches on `unit`. */
export const userdataSize: Message = (p) => {
  const unit = text(p, 'unit');
  return (unit === 'encoded-chars' ? userdataSizeEncodedChars : unit === 'decoded-bytes' ? userdataSizeDecodedBytes : userdataSizeUtf8Bytes)(p);
};

/**
 * English message for `userdata/framing`: the decoded script lacks the first/last lines the vendor requires.
 *
 * @param params The finding's parameters.
 *
 * @returns The message.
 */
export function userdataFraming(params: MessageParams): string {
  const expected = quoted(list(params, 'expected'));
  const reason = text(params, 'reason');
  if (reason === 'bom') return 'Remove the byte-order mark before "#!": the kernel does not see a shebang behind it.';
  if (reason === 'blank-line') return 'Remove the blank line before "#!": the shebang must be the very first line.';
  if (reason === 'disputed') return `The vendor documents only ${expected} as first lines; use one of them.`;
  const os = text(params, 'os');
  if (os === 'linux') return `Make the first line of the script one of ${expected}.`;
  if (os === 'windows') return 'Make the first and last lines of the script "<cmd>" and "</cmd>", or "<powershell>" and "</powershell>".';
  return 'Frame the script: first line "#!/bin/bash" or "#!/usr/bin/env python" (Linux), or first and last lines "<cmd>"/"</cmd>" or "<powershell>"/"</powershell>" (Windows).';
}

/** English message for `credentials/conflict`: two login methods are given where only one is allowed. */
export const credentialsConflict: Message = (p) =>
  `Give only one login method: remove this one or "${text(p, 'with')}" (one of ${quoted(list(p, 'names'))}).`;

/** English message for `credentials/missing`: no login method is given where exactly one is required. */
export const credentialsMissing: Message = (p) => `Give exactly one login method: ${quoted(list(p, 'names'))}.`;

/** English message for `credentials/unsupported`: a login method is given that the target OS does not support. */
export const credentialsUnsupported: Message = (p) => `Remove "${text(p, 'name')}": the target image does not support this login method.`;

/** English message for `credentials/ignored`: a login setting is accepted but has no effect. */
export const credentialsIgnored: Message = (p) =>
  `"${text(p, 'name')}" has no effect ${IGNORED_REASONS[text(p, 'reason')] ?? 'here'}; remove it or change the setting that overrides it.`;

/** English message for `system-disk/size` of a size that is not positive (no bounds given). */
export const systemDiskSizePositive: Message = () => 'Use a positive whole number of GiB for the system disk size.';

/** English message for `system-disk/size` outside the documented bounds (`min`, `max`); `reason: 'category'` where the bounds depend on the disk category. */
export const systemDiskSizeRange: Message = (p) =>
  p['reason'] === 'category'
    ? `Use ${text(p, 'min')}-${text(p, 'max')} GiB for the system disk to be accepted on every disk category: other sizes depend on the category.`
    : `Use ${text(p, 'min')}-${text(p, 'max')} GiB for the system disk size.`;

/** English message for `system-disk/size`: the system disk size is not a valid size for a reset; dispatches on `min`. */
export const systemDiskSize: Message = (p) => (p['min'] === undefined ? systemDiskSizePositive : systemDiskSizeRange)(p);

/** English message for `system-disk/type`: a reset cannot change the system disk type. */
export const systemDiskType: Message = () => 'Remove DiskType: a reset keeps the system disk type and cannot change it.';

/** English message for `timezone/unknown`: the time zone is not an IANA zone name known to this runtime. */
export const timezoneUnknown: Message = () => 'Use an IANA time zone name such as "Asia/Shanghai" or "America/Los_Angeles".';

/** English message for `preflight/instance-state`: the instance is in a state the vendor does not reset from. */
export const preflightInstanceState: Message = (p) =>
  p['alternative'] === undefined
    ? `Bring the instance to ${list(p, 'allowed').join(' or ')} first (it is ${text(p, 'state')}).`
    : `Bring the instance to ${list(p, 'allowed').join(' or ')} first, or set ${text(p, 'alternative')} (it is ${text(p, 'state')}).`;

/** English message for `preflight/disk-type`: the image does not support the instance’s system disk type. */
export const preflightDiskType: Message = (p) => `Choose an image for ${text(p, 'expected')} system disks, matching the instance.`;

/** English message for `preflight/disk-size`: the system disk is smaller than the image, or would shrink. */
export const preflightDiskSize: Message = (p) =>
  p['reason'] === 'local'
    ? 'Remove the system disk size: a reset resizes only a cloud system disk.'
    : `Use a system disk of at least ${text(p, 'min')} GiB.`;

/** English message for `preflight/encryption`: the image and the system disk differ in encryption. */
export const preflightEncryption: Message = () => 'Choose an image whose encryption matches the system disk.';

/** English message for `preflight/instance-type`: the image does not support the instance type. */
export const preflightInstanceType: Message = (p) => `Choose an image that supports instance type ${text(p, 'instanceType')}.`;

/** English message for `preflight/os-switch`: the reset would switch between Linux and Windows where the vendor forbids it. */
export const preflightOsSwitch: Message = (p) =>
  p['reason'] === 'overseas'
    ? 'Keep the OS family: the legacy API documents no switch between Linux and Windows in overseas regions.'
    : p['reason'] === 'never'
      ? 'Choose an image of the instance’s current OS type: this API cannot switch between OS types.'
      : `Keep the OS family, or switch between Linux and Windows only on ${list(p, 'diskTypes').join(', ')} system disks.`;

/** English message for `preflight/image-state`: the image is not in a usable state. */
export const preflightImageState: Message = (p) => `Use an image that is available (it is ${text(p, 'status')}).`;

/** English message for `preflight/agent`: the guest agent is requested on an image that does not support it. */
export const preflightAgent: Message = () => 'Set enableAgent to false, or choose an image that supports the guest agent (QGA).';

/** English message for `preflight/keep-image-login`: keeping the image’s login settings needs a custom, shared or imported image. */
export const preflightKeepImageLogin: Message = () => 'Use KeepImageLogin only with a custom, shared or imported image.';

/** English message for `preflight/system-disk`: the instance has no system disk, which the reinstall needs. */
export const preflightSystemDisk: Message = () => 'Attach a system disk to the instance first: only an instance with one can be reinstalled or change its OS.';

/** English message for `preflight/cloud-init`: the image lacks Cloud-Init (Linux) or Cloudbase-Init (Windows), which the API needs. */
export const preflightCloudInit: Message = () =>
  'Choose an image with Cloud-Init (Linux) or Cloudbase-Init (Windows) installed, or use the API for images without it.';

/** English message for `preflight/instance-lock`: the instance is locked in a way the vendor may refuse the reset for. */
export const preflightInstanceLock: Message = (p) =>
  p['reason'] === 'financial'
    ? 'Renew the instance or settle the overdue payment first: it is locked for an overdue payment ("financial").'
    : `Have the instance’s "${text(p, 'reason')}" lock lifted first: the vendor may refuse the reset while it holds.`;

/** English message for `preflight/unpaid-order`: the instance has an unpaid order, which the vendor wants settled before a reset. */
export const preflightUnpaidOrder: Message = () => 'Pay or cancel the instance’s unpaid order first.';

/** English message for `preflight/stop-mode`: the instance was stopped in a mode that releases its resources, so it may not restart after the reset. */
export const preflightStopMode: Message = () =>
  'Start the instance and stop it again in standard mode (KeepCharging): stopped in economical mode, it may not restart after the reinstall for lack of resources.';

/** English message for `preflight/security-enhancement`: security hardening is requested with an image the vendor offers it for only on public images. */
export const preflightSecurityEnhancement: Message = () =>
  'Set SecurityEnhancementStrategy to Deactive, or choose a public image: security hardening (Active) is offered for public images only.';

/** Why a file cannot be read, by error code or kind of file (any other code is shown as it is). */
const UNREADABLE_EN: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the name is too long',
  EISDIR: 'it is a directory',
  fifo: 'it is a named pipe',
  socket: 'it is a socket',
  device: 'it is a device',
  'not-a-file': 'it is not a regular file',
  ENOENT: 'it no longer exists',
  internal: 'the linter failed on it; please report this',
  unreadable: 'permissions, or not a regular file',
};

/** English message for `lint/file-unreadable`: a path given to the CLI does not exist or cannot be read. */
export const lintFileUnreadable: Message = (p) =>
  p['reason'] === 'not-found'
    ? 'Check the path: no file or directory of this name exists.'
    : p['reason'] === 'no-match'
      ? 'Check the pattern: it matches no JSON, YAML, .txt or .url file.'
      : `Check the file: it cannot be read (${UNREADABLE_EN[String(p['reason'])] ?? String(p['reason'] ?? 'unreadable')}).`;

/** English message for `lint/file-too-large`: a file is larger than the CLI reads (`--max-file-size`, default 10 MiB). */
export const lintFileTooLarge: Message = (p) =>
  `Keep request files to ${text(p, 'max')} bytes (this one has ${text(p, 'actual')}), or raise --max-file-size.`;

/** English message for `lint/api-unknown`: the CLI cannot tell which API a request is for (no `--api`, `$api`, config or certain detection). */
export const lintApiUnknown: Message = (p) =>
  `${p['given'] ? `The "$api" value is not a known API id${p['suggestion'] ? ` (did you mean "${text(p, 'suggestion')}"?)` : ''}. ` : ''}Name the API with "$api" in the request, --api, or the config file; one of: ${list(p, 'candidates').join(', ')}.`;

/** English message for `lint/unused-ignore`: a config ignore matched no finding: remove the stale suppression. */
export const lintUnusedIgnore: Message = (p) => `Remove this ignore of "${text(p, 'rule')}": it matched no finding.`;

/** English message for `lint/truncated`: a request has more findings, or a file more requests, than the CLI reports. */
export const lintTruncated: Message = (p) =>
  p['what'] === 'requests'
    ? `Split the file: only its first ${text(p, 'max')} requests were linted.`
    : `Fix these findings and lint again: only the first ${text(p, 'max')} of this request are shown.`;

/**
 * English messages for every rule: what `validate()`, the CLI and the docs
 * use, and one table that serves every vendor's schemas. A browser form that
 * needs one vendor only takes that vendor's `en` (`instance-preflight/tencent`
 * and so on), which carries only the rules its schemas report.
 */
export const en: MessageTable = /* @__PURE__ */ tableOf('en', messages);
