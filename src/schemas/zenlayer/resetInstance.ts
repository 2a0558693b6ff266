import type { Finding } from '../../rules/finding.ts';
import type { CheckContext, PayloadSpec } from '../spec/types.ts';
import { checkCredentials, type GivenCredential } from '../../rules/credentials/index.ts';
import { checkIdentifier } from '../../rules/identifier/index.ts';
import { checkInstanceName } from '../../rules/instanceName/index.ts';
import { utf8ByteLength } from '../../rules/metadata/index.ts';
import { checkPassword } from '../../rules/password/index.ts';
import { checkTimezone } from '../../rules/timezone/index.ts';
import { byOs } from '../spec/byOs.ts';
import { isPresent, own } from '../spec/values.ts';
import { checkOpaqueId } from './checkOpaqueId.ts';
import {
  ZENLAYER_KEY_PAIR_NOT_SUPPORTED,
  ZENLAYER_LOGIN_SETTING_CONFLICT,
  ZENLAYER_PASSWORD_MALFORMED,
  ZENLAYER_PASSWORD_NOT_SUPPORTED,
  ZENLAYER_USER_DATA_EXCEED,
} from './errorCodes.ts';
import {
  ZENLAYER_INSTANCE_NAME,
  ZENLAYER_KEY_ID,
  ZENLAYER_NO_CREDENTIAL_CATEGORIES,
  ZENLAYER_PASSWORD,
  ZENLAYER_USERDATA_WARN_BYTES,
} from './policies.ts';

const CREDENTIALS = ['password', 'keyId'] as const;

/**
 * Linux images take exactly one of `password` / `keyId`; Windows and Generic
 * images take neither (a Generic image is known only from facts). With the OS
 * unknown, `byOs` makes both given an error (it fails on every OS) and none
 * given a warning (§2.4, DESIGN).
 */
function credentialFindings(payload: Readonly<Record<string, unknown>>, context: CheckContext): Finding[] {
  const given: GivenCredential[] = [];
  for (const name of CREDENTIALS) if (isPresent(own(payload, name))) given.push({ name, path: [name] });
  const category = context.imageCategory?.toLowerCase();
  if (category !== undefined && ZENLAYER_NO_CREDENTIAL_CATEGORIES.includes(category)) {
    return checkCredentials('none', given, CREDENTIALS);
  }
  return byOs(context.os, (os) => checkCredentials(os === 'windows' ? 'none' : 'exactly-one', given, CREDENTIALS));
}

/**
 * `userData` is opaque text: only a size above the assumed limit warns,
 * measured in UTF-8 bytes. Every UTF-16 unit takes 1-3 bytes, so the length
 * alone decides unless it lies between a third of the limit and the limit;
 * only then is the text measured, never a long one.
 */
function userDataFindings(value: string): Finding[] {
  const max = ZENLAYER_USERDATA_WARN_BYTES;
  if (value.length * 3 <= max) return [];
  if (value.length > max) return [{ rule: 'userdata/size', severity: 'warning', params: { max, unit: 'utf8-bytes' } }];
  const actual = utf8ByteLength(value);
  return actual > max ? [{ rule: 'userdata/size', severity: 'warning', params: { max, unit: 'utf8-bytes', actual } }] : [];
}

/**
 * The payload spec of Zenlayer ZEC `ResetInstance` (seed 002's parameter
 * set): a POST JSON body, camelCase keys. Unknown parameters warn; note
 * `timezone` is lower-case here (CreateZecInstances says `timeZone`).
 */
export const RESET_INSTANCE: PayloadSpec = {
  fields: {
    instanceId: {
      type: 'string',
      required: true,
      description: 'Instance id, from DescribeInstances (format undocumented).',
      check: checkOpaqueId,
    },
    password: {
      type: 'string',
      secret: true,
      description: 'Instance password: 8-16 characters with a letter, a digit and one of ~!@$^*-_=+. Not with keyId.',
      vendor: {
        'password/*': ZENLAYER_PASSWORD_MALFORMED,
        'credentials/conflict': ZENLAYER_LOGIN_SETTING_CONFLICT,
        'credentials/unsupported': ZENLAYER_PASSWORD_NOT_SUPPORTED,
      },
      check: (value) => checkPassword(ZENLAYER_PASSWORD, value),
    },
    keyId: {
      type: 'string',
      description: 'SSH key pair id, e.g. key-YWD2QFOl. Not with password; Windows and Generic images take neither.',
      vendor: {
        'credentials/conflict': ZENLAYER_LOGIN_SETTING_CONFLICT,
        'credentials/unsupported': ZENLAYER_KEY_PAIR_NOT_SUPPORTED,
      },
      check: (value) => (value === '' ? checkOpaqueId(value) : checkIdentifier(ZENLAYER_KEY_ID, value)),
    },
    imageId: {
      type: 'string',
      description: 'Image id, from DescribeImages (format undocumented).',
      default: 'the current image',
      check: checkOpaqueId,
    },
    timezone: {
      type: 'string',
      description: 'Time zone name (IANA, e.g. Asia/Shanghai); the valid list comes from DescribeTimeZones.',
      default: 'the original time zone',
      check: (value) => checkTimezone(value),
    },
    enableAgent: { type: 'boolean', description: 'Whether the QEMU guest agent (QGA) is enabled.', default: 'false' },
    instanceName: {
      type: 'string',
      description: 'New instance name: 2-63 characters, letters, digits, "-" and ".".',
      default: 'unchanged',
      check: (value) => checkInstanceName(ZENLAYER_INSTANCE_NAME, value),
    },
    userData: {
      type: 'string',
      description: 'Initialization command (encoding and size limit undocumented).',
      vendor: { 'userdata/size': ZENLAYER_USER_DATA_EXCEED },
      check: userDataFindings,
    },
  },
  unknownSeverity: 'warning',
  checks: [credentialFindings],
  vendor: { 'credentials/missing': ZENLAYER_LOGIN_SETTING_CONFLICT },
};
