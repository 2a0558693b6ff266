import type { FieldMap, PayloadSpec, VendorCodes } from '../spec/types.ts';
import type { VendorError } from '../../errors/issue.ts';
import { checkBase64 } from '../../rules/base64/index.ts';
import { checkCredentials, type GivenCredential } from '../../rules/credentials/index.ts';
import { checkHostname } from '../../rules/hostname/index.ts';
import { checkIdentifier } from '../../rules/identifier/index.ts';
import { checkPassword } from '../../rules/password/index.ts';
import { byOs } from '../spec/byOs.ts';
import { isPresent, own } from '../spec/values.ts';
import {
  TENCENT_DISK_TYPES,
  TENCENT_HOSTNAME,
  TENCENT_IMAGE_ID,
  TENCENT_INSTANCE_ID,
  TENCENT_KEEP_IMAGE_LOGIN,
  TENCENT_KEY_ID,
  TENCENT_KEY_IDS,
  TENCENT_PASSWORD,
  TENCENT_USERDATA,
} from './policies.ts';

/** Which error table a spec answers from: API 3.0 (HTTP 200, detailed codes) or the legacy 2.0 page (six codes). */
type Generation = 'api3' | 'api2';

const CREDENTIALS = ['Password', 'KeyIds', 'KeepImageLogin'] as const;

function code(generation: Generation, api3: string, api2 = 'InvalidParameterValue'): VendorError {
  return generation === 'api3' ? { code: api3, status: 200 } : { code: api2 };
}

const isKeepImageLogin = (value: unknown): boolean => value === 'TRUE' || value === 'true';

/** Login methods present in `LoginSettings`, in wire order; a `FALSE` KeepImageLogin is not a login method. */
function givenCredentials(settings: Readonly<Record<string, unknown>>): GivenCredential[] {
  const given: GivenCredential[] = [];
  if (isPresent(own(settings, 'Password'))) given.push({ name: 'Password', path: ['Password'] });
  if (isPresent(own(settings, 'KeyIds'))) given.push({ name: 'KeyIds', path: ['KeyIds'] });
  if (isKeepImageLogin(own(settings, 'KeepImageLogin'))) given.push({ name: 'KeepImageLogin', path: ['KeepImageLogin'] });
  return given;
}

function enabledFlag(description: string): FieldMap {
  return { Enabled: { type: 'boolean', description } };
}

function loginSettings(generation: Generation): FieldMap {
  return {
    Password: {
      type: 'string',
      secret: true,
      description: 'Login password. Linux 8-30 characters with 2 of 4 classes; Windows 12-30 with 3 of 4.',
      vendor: { 'password/*': code(generation, 'InvalidParameterValue.InvalidPassword') },
      check: (value, context) => byOs(context.os, (os) => checkPassword(TENCENT_PASSWORD[os], value)),
    },
    KeyIds: {
      type: 'array',
      description: 'Key pair ids (skey-xxxxxxxx). Key login is not available on Windows.',
      items: {
        type: 'string',
        description: 'Key pair id.',
        check: (value) => checkIdentifier(TENCENT_KEY_ID, value),
      },
      maxItems: TENCENT_KEY_IDS.max,
      vendor: {
        'identifier/format': code(generation, 'InvalidKeyPairId.Malformed'),
        'parameter/count': code(generation, 'InvalidParameterValue.LimitExceeded'),
        'credentials/unsupported': code(generation, 'UnsupportedOperation.KeyPairUnsupportedWindows'),
      },
      check: (value, context) => [
        ...(value.length > TENCENT_KEY_IDS.documentedMax && value.length <= TENCENT_KEY_IDS.max
          ? [{ rule: 'parameter/count' as const, severity: 'warning' as const, params: { max: TENCENT_KEY_IDS.documentedMax } }]
          : []),
        ...byOs(context.os, (os) =>
          os === 'windows' ? checkCredentials('none', [{ name: 'KeyIds', path: [] }], CREDENTIALS) : [],
        ),
      ],
    },
    KeepImageLogin: {
      type: 'string',
      enum: TENCENT_KEEP_IMAGE_LOGIN,
      description: 'Keep the image’s login settings (custom, shared or imported images only).',
      default: 'FALSE',
      vendor: { 'credentials/conflict': code(generation, 'InvalidParameter.ParameterConflict') },
    },
  };
}

function fields(generation: Generation): FieldMap {
  const common: FieldMap = {
    Action: { type: 'string', enum: ['ResetInstance'], description: 'Common parameter: ResetInstance.' },
    Version: { type: 'string', enum: ['2017-03-12'], description: 'Common parameter: 2017-03-12.' },
    Region: { type: 'string', description: 'Common parameter: the region, e.g. ap-guangzhou.' },
    InstanceId: {
      type: 'string',
      required: true,
      description: 'Instance id (ins-xxxxxxxx), from DescribeInstances.',
      vendor: { 'identifier/format': code(generation, 'InvalidInstanceId.Malformed', 'InvalidInstanceId.Malformed') },
      check: (value) => checkIdentifier(TENCENT_INSTANCE_ID, value),
    },
    ImageId: {
      type: 'string',
      description: 'Image id (img-xxxxxxxx): public, custom, shared or marketplace image.',
      default: 'the current image',
      vendor: { 'identifier/format': code(generation, 'InvalidImageId.Malformed') },
      check: (value) => checkIdentifier(TENCENT_IMAGE_ID, value),
    },
    SystemDisk: {
      type: 'object',
      description: 'System disk; a reset may only grow DiskSize of a cloud system disk.',
      fields: {
        DiskSize: {
          type: 'integer',
          description: 'System disk size in GiB; expand only.',
          check: (value) => (value > 0 ? [] : [{ rule: 'system-disk/size' }]),
        },
        DiskType: {
          type: 'string',
          enum: TENCENT_DISK_TYPES,
          description: 'System disk type; a reset cannot change it.',
          check: () => [{ rule: 'system-disk/type' }],
        },
        DiskId: { type: 'string', description: 'System disk id (a response field of the shared structure).' },
        CdcId: { type: 'string', description: 'Dedicated cluster id.' },
        DiskName: { type: 'string', description: 'Disk name.' },
        Encrypt: { type: 'boolean', description: 'Encryption (RunInstances only; a reset cannot change it).' },
        KmsKeyId: { type: 'string', description: 'KMS key id (RunInstances only).' },
      },
    },
    LoginSettings: {
      type: 'object',
      description: 'Login settings: at most one of Password, KeyIds and KeepImageLogin.',
      default: 'a random password sent through the Message Center',
      fields: loginSettings(generation),
      check: (value) => checkCredentials('at-most-one', givenCredentials(value), CREDENTIALS),
    },
    EnhancedService: {
      type: 'object',
      description: 'Enhanced services (Cloud Security, Cloud Monitor, TAT).',
      default: 'Cloud Monitor and Cloud Security enabled',
      fields: {
        SecurityService: { type: 'object', description: 'Cloud Security agent.', fields: enabledFlag('Enable Cloud Security.') },
        MonitorService: { type: 'object', description: 'Cloud Monitor agent.', fields: enabledFlag('Enable Cloud Monitor.') },
        ...(generation === 'api3'
          ? {
              AutomationService: {
                type: 'object',
                description: 'TencentCloud Automation Tools (TAT) agent.',
                fields: enabledFlag('Enable TAT.'),
              },
            }
          : {}),
      },
    },
  };
  if (generation === 'api2') return common;
  return {
    ...common,
    HostName: {
      type: 'string',
      description: 'Host name. Windows 2-15 characters, no dots, not all digits; other OS 2-60, dotted labels.',
      default: 'unchanged',
      vendor: { 'hostname/*': code(generation, 'InvalidParameter.HostNameIllegal') },
      check: (value, context) => byOs(context.os, (os) => checkHostname(TENCENT_HOSTNAME[os], value)),
    },
    UserData: {
      type: 'string',
      description: 'Base64-encoded user data, at most 16384 characters after encoding.',
      vendor: {
        'userdata/base64': code(generation, 'InvalidParameterValue.InvalidUserDataFormat'),
        'userdata/padding': code(generation, 'InvalidParameterValue.InvalidUserDataFormat'),
      },
      check: (value) => checkBase64(TENCENT_USERDATA, value),
    },
  };
}

function vendorDefaults(generation: Generation): VendorCodes {
  return {
    'parameter/required': code(generation, 'MissingParameter', 'MissingParameter'),
    'parameter/unknown': code(generation, 'UnknownParameter'),
    'parameter/type': code(generation, 'InvalidParameter'),
    '*': code(generation, 'InvalidParameterValue'),
  };
}

/**
 * The payload spec of Tencent CVM `ResetInstance`, API 3.0 (`2017-03-12`): the
 * current SDK's parameter set (seed 003 plus `UserData` and
 * `EnhancedService.AutomationService`). Unknown parameters are errors: the
 * server answers `UnknownParameter`.
 */
export const RESET_INSTANCE: PayloadSpec = {
  fields: fields('api3'),
  unknownSeverity: 'error',
  checks: [],
  vendor: vendorDefaults('api3'),
};

/**
 * The payload spec of Tencent CVM `ResetInstance` through the legacy API 2.0
 * (seed 004): no `HostName`, no `UserData`, no `AutomationService`. Its error
 * table has six codes and no documented HTTP status.
 */
export const RESET_INSTANCE_API2: PayloadSpec = {
  fields: fields('api2'),
  unknownSeverity: 'error',
  checks: [],
  vendor: vendorDefaults('api2'),
};
