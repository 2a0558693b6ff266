import { NO_FINDINGS, type Finding, type Os } from '../../rules/finding.ts';
import type { FieldMap, PayloadCheck, PayloadSpec } from '../../engine/spec/types.ts';
import { checkCredentials } from '../../rules/credentials/index.ts';
import { checkIdentifier } from '../../rules/identifier/index.ts';
import { checkPassword } from '../../rules/password/index.ts';
import { byOs } from '../../engine/spec/byOs.ts';
import { requiredFinding } from '../../engine/structuralFindings.ts';
import { isPresent, own } from '../../engine/spec/values.ts';
import {
  ALIBABA_CLIENT_TOKEN,
  ALIBABA_DEPRECATED_PARAMETERS,
  ALIBABA_INSTANCE_ID,
  ALIBABA_PASSWORD,
  ALIBABA_SECURITY_ENHANCEMENT_STRATEGIES,
  ALIBABA_SYSTEM_DISK_SIZE,
} from './policies.ts';

/**
 * Whether a text parameter is given: the SDK sends an empty string as `Name=`, which the API reads as
 * "not set" (docs/vendors/alibaba.md#password: an empty `Password` keeps the password unchanged).
 */
const given = (value: unknown): boolean => isPresent(value) && value !== '';

/** The warning of a parameter the SDK marks deprecated or not available, at the parameter. */
function deprecated(name: string): Finding[] {
  const entry = ALIBABA_DEPRECATED_PARAMETERS[name];
  if (entry === undefined) return [];
  const params = entry.instead === undefined ? { name, reason: entry.reason } : { name, reason: entry.reason, instead: entry.instead };
  return [{ rule: 'parameter/deprecated', severity: 'warning', params }];
}

/** `InstanceId`: empty is no id at all (an error); a missing `i-` only a warning, as no revision states the shape. */
function checkInstanceId(value: string): readonly Finding[] {
  const { prefix = '', alphabet } = ALIBABA_INSTANCE_ID;
  return value === '' ? [{ rule: 'identifier/format', params: { prefix, alphabet, min: 1, part: 'length' } }] : checkIdentifier(ALIBABA_INSTANCE_ID, value);
}

/**
 * One OS's password rules, as a module-level function: a field check then allocates no closure per call. Named
 * loads, not `ALIBABA_PASSWORD[os]`: a keyed load that has seen both OSes stays slow for every later call.
 */
const passwordFindings = (os: Os, value: string): readonly Finding[] =>
  checkPassword(os === 'windows' ? ALIBABA_PASSWORD.windows : ALIBABA_PASSWORD.linux, value);

/** `Password` (an empty one is none): length, classes and characters on both OSes, no leading `/` on Windows. */
function checkAlibabaPassword(value: string, os: Os | undefined): readonly Finding[] {
  return value === '' ? NO_FINDINGS : byOs(os, passwordFindings, value);
}

/** `ClientToken`: ASCII only, at most 64 characters; every reading rejects more (docs/vendors/alibaba.md#client-token). */
function checkClientToken(value: string): Finding[] {
  const findings: Finding[] = [];
  if (/[^\x00-\x7f]/.test(value)) findings.push({ rule: 'parameter/charset', params: { allowed: 'ascii' } });
  if (value.length > ALIBABA_CLIENT_TOKEN.maxLength) findings.push({ rule: 'parameter/length', severity: 'error', params: { max: ALIBABA_CLIENT_TOKEN.maxLength } });
  return findings;
}

/**
 * `SystemDisk.Size` without facts (docs/vendors/alibaba.md#system-disk): outside 1-2048 every reading rejects
 * (an error); outside 20-500 it depends on the disk category, which the request does not carry (a warning).
 */
function checkSize(value: number): Finding[] {
  const { min, max, safeMin, safeMax } = ALIBABA_SYSTEM_DISK_SIZE;
  if (value < min || value > max) return [{ rule: 'system-disk/size', params: { min, max } }];
  if (value < safeMin || value > safeMax) return [{ rule: 'system-disk/size', severity: 'warning', params: { min: safeMin, max: safeMax, reason: 'category' } }];
  return [];
}

/**
 * Rules across parameters (docs/vendors/alibaba.md#image-id-and-disk-id, #password-inherit, #key-pair):
 * an image or a disk (neither: `MissingParameter`; both: rejected); `PasswordInherit=true` with a
 * password; a password beside a Linux key pair is not used for logon; a key pair on Windows is ignored.
 */
const crossChecks: PayloadCheck = (payload, context) => {
  const findings: Finding[] = [];
  const image = given(own(payload, 'ImageId'));
  const disk = given(own(payload, 'DiskId'));
  if (!image && !disk) findings.push({ ...requiredFinding('ImageId'), path: ['ImageId'] });
  if (image && disk) findings.push({ rule: 'parameter/conflict', params: { name: 'DiskId', with: 'ImageId' }, path: ['DiskId'] });
  const password = given(own(payload, 'Password'));
  if (password && own(payload, 'PasswordInherit') === true) {
    findings.push(...checkCredentials('at-most-one', [{ name: 'PasswordInherit', path: ['PasswordInherit'] }, { name: 'Password', path: ['Password'] }], ['Password', 'PasswordInherit']));
  }
  const keyPair = given(own(payload, 'KeyPairName'));
  if (keyPair) {
    findings.push(
      ...byOs(context.os, (os) =>
        os === 'windows'
          ? [{ rule: 'credentials/ignored', severity: 'warning', params: { name: 'KeyPairName', reason: 'windows' }, path: ['KeyPairName'] }]
          : password
            ? [{ rule: 'credentials/ignored', severity: 'warning', params: { name: 'Password', reason: 'key-pair' }, path: ['Password'] }]
            : [],
      ),
    );
  }
  return findings;
};

const text: FieldMap[string] = { type: 'string' };
const deprecatedText = (name: string): FieldMap[string] => ({ type: 'string', check: () => deprecated(name) });

const FIELDS: FieldMap = {
  Action: { type: 'string', enum: ['ReplaceSystemDisk'] },
  Version: { type: 'string', enum: ['2014-05-26'] },
  InstanceId: { type: 'string', required: true, check: checkInstanceId },
  ImageId: text,
  DiskId: deprecatedText('DiskId'),
  SystemDisk: { type: 'object', fields: { Size: { type: 'integer', check: checkSize } } },
  Password: { type: 'string', check: (value, context) => checkAlibabaPassword(value, context.os) },
  PasswordInherit: { type: 'boolean' },
  KeyPairName: text,
  ClientToken: { type: 'string', check: checkClientToken },
  SecurityEnhancementStrategy: { type: 'string', enum: ALIBABA_SECURITY_ENHANCEMENT_STRATEGIES },
  UseAdditionalService: { type: 'boolean' },
  Encrypted: { type: 'boolean' },
  KMSKeyId: text,
  EncryptAlgorithm: deprecatedText('EncryptAlgorithm'),
  Arn: {
    type: 'array',
    items: { type: 'object', fields: { RoleType: text, Rolearn: text, AssumeRoleFor: { type: 'integer' } } },
    check: () => deprecated('Arn'),
  },
  Platform: deprecatedText('Platform'),
  Architecture: deprecatedText('Architecture'),
  OwnerId: { type: 'integer' },
  ResourceOwnerId: { type: 'integer' },
  OwnerAccount: text,
  ResourceOwnerAccount: text,
};

/**
 * The payload spec of Alibaba Cloud ECS `ReplaceSystemDisk` (`2014-05-26`): the parameters of the
 * current SDK model (`@alicloud/ecs20140526` `ReplaceSystemDiskRequest`) plus the common `Action` and
 * `Version`. Unknown parameters are warnings: no source says the server rejects them. Lists flatten from 1
 * (`Arn.1.RoleType`). Descriptions and vendor codes are in `REPLACE_SYSTEM_DISK_ABOUT`.
 */
export const REPLACE_SYSTEM_DISK: PayloadSpec = {
  fields: FIELDS,
  unknownSeverity: 'warning',
  checks: [crossChecks],
  listBase: 1,
};
