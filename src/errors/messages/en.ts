import type { MessageParams, MessageTable } from './types.ts';
import { list, text } from './types.ts';

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
};

const quoted = (values: readonly string[]): string => values.map((value) => `"${value}"`).join(', ');

function identifier(params: MessageParams): string {
  // An opaque id (no documented alphabet) has one rule only: it must not be empty.
  if (params['alphabet'] === undefined) return 'Give a non-empty id.';
  const prefix = text(params, 'prefix');
  const alphabet = ALPHABETS[text(params, 'alphabet')] ?? 'letters and digits';
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

function framing(params: MessageParams): string {
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

function userdataSize(params: MessageParams): string {
  const max = text(params, 'max');
  const actual = text(params, 'actual');
  const unit = text(params, 'unit');
  if (unit === 'encoded-chars') return `Keep the Base64-encoded user data to ${max} characters (it has ${actual}).`;
  if (unit === 'decoded-bytes') return `Keep the user data to ${max} bytes before Base64 encoding (it has ${actual}).`;
  // A value far over the limit is not measured (that would scan it), so the count may be absent.
  const has = actual ? ` (it has ${actual})` : '';
  return `Keep the user data to ${max} bytes${has}; the vendor does not document its exact limit.`;
}

const FORM_TYPES: Readonly<Record<string, string>> = {
  boolean: 'Use TRUE, true, FALSE or false here.',
  integer: 'Use a whole number written in digits here.',
  object: 'Give this parameter as flattened keys ("Name.Field=value"), not as one value.',
  array: 'Give this list as numbered keys ("Name.0=value", "Name.1=value"), not as one value.',
  string: 'Give this parameter as one value, not as flattened keys below it.',
  query: 'Give a request URL, a query string or a flat map of strings.',
};

const FLATTENING: Readonly<Record<string, (key: string, index: string) => string>> = {
  index: (key) => `Number list elements 0, 1, 2, ...: "${key}" does not end in a list index.`,
  gap: (key, index) => `Number the elements of "${key}" from 0 without gaps: element ${index} is missing.`,
  repeated: (key) => `Give "${key}" once: the key is repeated.`,
  conflict: (key) => `Give "${key}" either as one value or as keys below it ("${key}.Name"), not both.`,
  'empty-segment': (key) => `Remove the empty part of the key "${key}" (".." or a "." at either end).`,
};

/** Appended to an issue whose form value held a literal `+`: form decoding turns it into a space. */
export const EN_PLUS_HINT = 'In a query string a literal "+" is a space: send "+" as %2B.';

/** English messages. */
export const en: MessageTable = {
  lang: 'en',
  forOs: (os, message) => `If the target image runs ${os === 'windows' ? 'Windows' : 'Linux'}: ${message}`,
  rules: {
    'parameter/required': (p) => `Add "${text(p, 'name')}": it is required.`,
    'parameter/type': (p) => (p['encoding'] === 'query' ? FORM_TYPES[text(p, 'expected')] : undefined) ?? `Use a JSON ${text(p, 'expected')} here.`,
    'parameter/flattening': (p) => FLATTENING[text(p, 'reason')]?.(text(p, 'key'), text(p, 'index')) ?? `Fix the flattened key "${text(p, 'key')}".`,
    'parameter/unknown': (p) =>
      p['suggestion']
        ? `This API has no parameter "${text(p, 'name')}"; did you mean "${text(p, 'suggestion')}"?`
        : `This API has no parameter "${text(p, 'name')}"; remove it.`,
    'parameter/enum': (p) => `Use one of: ${quoted(list(p, 'allowed'))}.`,
    'parameter/count': (p) => `Give at most ${text(p, 'max')} element(s) here.`,
    'parameter/parse': (p) =>
      `Fix the ${text(p, 'syntax')} syntax here (${text(p, 'reason') || 'syntax error'}); nothing in this request was checked.`,
    'identifier/format': identifier,
    'password/length': (p) => `Use ${text(p, 'min')}-${text(p, 'max')} characters for the password.`,
    'password/charset': (p) =>
      p['disputed']
        ? `Only newer revisions of the vendor documentation accept ${text(p, 'disputed')} in passwords; to be safe, use only ASCII letters, digits and ${text(p, 'allowed')}.`
        : `Use only ASCII letters, digits and these special characters in the password: ${text(p, 'allowed')}`,
    'password/classes': (p) =>
      `Use characters from at least ${text(p, 'min')} of: ${list(p, 'classes').map((c) => CLASS_NAMES[c] ?? c).join(', ')}.`,
    'password/banned-word': (p) => `Remove the words the vendor bans from the password (${list(p, 'words').join(' ')}).`,
    'password/sequence': (p) =>
      p['disputed']
        ? `Avoid the digit runs ${list(p, 'disputed').join(' ')}: one reading of the vendor rule bans them.`
        : `Avoid runs of ${text(p, 'runLength')} consecutive letters, digits or keyboard keys (such as abc, 321, qwe) in the password.`,
    'hostname/length': (p) => `Use ${text(p, 'min')}-${text(p, 'max')} characters for the hostname.`,
    'hostname/charset': (p) =>
      p['dots'] ? 'Use only letters, digits, "-" and "." in the hostname.' : 'Use only letters, digits and "-" in the hostname.',
    'hostname/edge': (p) => `Start and end the hostname with a letter or digit, not ${quoted([...text(p, 'chars')])}.`,
    'hostname/consecutive': () => 'Separate "-" and "." by letters or digits: "--", "..", ".-" and "-." are not allowed.',
    'hostname/all-digits': () => 'Add a letter or "-": a Windows hostname cannot be all digits.',
    'hostname/dot': () => 'Remove the dots: a Windows hostname cannot contain ".".',
    'hostname/label-length': (p) => `Keep each dot-separated part of the hostname to ${text(p, 'max')} characters (RFC 1123).`,
    'instance-name/length': (p) => `Use ${text(p, 'min')}-${text(p, 'max')} characters for the instance name.`,
    'instance-name/charset': (p) => `Use only letters, digits and ${quoted([...text(p, 'extra')])} in the instance name.`,
    'metadata/count': (p) => `Use at most ${text(p, 'max')} metadata pairs.`,
    'metadata/key-length': (p) => `Shorten the metadata key to at most ${text(p, 'max')} characters.`,
    'metadata/value-size': (p) => `Shorten the metadata value to at most ${text(p, 'max')} bytes (UTF-8).`,
    'metadata/empty-key': () => 'Give the metadata pair a non-empty key.',
    'metadata/duplicate-key': () => 'Use each metadata key once; keys are compared case-insensitively.',
    'metadata/ignored-key': (p) => `Remove the trailing "${text(p, 'suffix')}" from the key: the vendor ignores keys that end with it.`,
    'userdata/base64': (p) => BASE64_HINTS[text(p, 'hint')] ?? BASE64_HINTS['alphabet'] ?? '',
    'userdata/padding': (p) =>
      `Add the ${text(p, 'missing')} missing "=" padding character(s) to the Base64 user data; the vendor example omits them, but strict decoders need them.`,
    'userdata/size': userdataSize,
    'userdata/framing': framing,
    'credentials/conflict': (p) =>
      `Give only one login method: remove this one or "${text(p, 'with')}" (one of ${quoted(list(p, 'names'))}).`,
    'credentials/missing': (p) => `Give exactly one login method: ${quoted(list(p, 'names'))}.`,
    'credentials/unsupported': (p) => `Remove "${text(p, 'name')}": the target image does not support this login method.`,
    'credentials/ignored': (p) =>
      `"${text(p, 'name')}" has no effect ${IGNORED_REASONS[text(p, 'reason')] ?? 'here'}; remove it or change the setting that overrides it.`,
    'system-disk/size': () => 'Use a positive whole number of GiB for the system disk size.',
    'system-disk/type': () => 'Remove DiskType: a reset keeps the system disk type and cannot change it.',
    'timezone/unknown': () => 'Use an IANA time zone name such as "Asia/Shanghai" or "America/Los_Angeles".',
    'preflight/instance-state': (p) =>
      `Bring the instance to ${list(p, 'allowed').join(' or ')} first (it is ${text(p, 'state')}).`,
    'preflight/disk-type': (p) => `Choose an image for ${text(p, 'expected')} system disks, matching the instance.`,
    'preflight/disk-size': (p) =>
      p['reason'] === 'local'
        ? 'Remove the system disk size: a reset resizes only a cloud system disk.'
        : `Use a system disk of at least ${text(p, 'min')} GiB.`,
    'preflight/encryption': () => 'Choose an image whose encryption matches the system disk.',
    'preflight/instance-type': (p) => `Choose an image that supports instance type ${text(p, 'instanceType')}.`,
    'preflight/os-switch': (p) =>
      p['reason'] === 'overseas'
        ? 'Keep the OS family: the legacy API documents no switch between Linux and Windows in overseas regions.'
        : p['reason'] === 'never'
          ? 'Choose an image of the instance’s current OS type: this API cannot switch between OS types.'
          : `Keep the OS family, or switch between Linux and Windows only on ${list(p, 'diskTypes').join(', ')} system disks.`,
    'preflight/image-state': (p) => `Use an image that is available (it is ${text(p, 'status')}).`,
    'preflight/agent': () => 'Set enableAgent to false, or choose an image that supports the guest agent (QGA).',
    'preflight/keep-image-login': () => 'Use KeepImageLogin only with a custom, shared or imported image.',
    'lint/file-unreadable': (p) =>
      p['reason'] === 'not-found'
        ? 'Check the path: no file or directory of this name exists.'
        : p['reason'] === 'no-match'
          ? 'Check the pattern: it matches no JSON, YAML, .txt or .url file.'
          : 'Check the file: it cannot be read (permissions, or not a regular file).',
    'lint/file-too-large': (p) =>
      `Keep request files to ${text(p, 'max')} bytes (this one has ${text(p, 'actual')}), or raise --max-file-size.`,
    'lint/api-unknown': (p) =>
      `${p['given'] ? 'The "$api" value is not a known API id. ' : ''}Name the API with "$api" in the request, --api, or the config file; one of: ${list(p, 'candidates').join(', ')}.`,
    'lint/unused-ignore': (p) => `Remove this ignore of "${text(p, 'rule')}": it matched no finding.`,
  },
};
