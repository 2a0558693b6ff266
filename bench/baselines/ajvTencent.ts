import { Ajv } from 'ajv';
import {
  TENCENT_DISK_TYPES,
  TENCENT_HOSTNAME,
  TENCENT_KEEP_IMAGE_LOGIN,
  TENCENT_KEY_IDS,
  TENCENT_PASSWORD,
  TENCENT_USERDATA,
} from '../../src/schemas/tencent/policies.ts';

const PASSWORD = TENCENT_PASSWORD.linux;
const HOSTNAME = TENCENT_HOSTNAME.linux;
const escaped = PASSWORD.specials.replace(/[\\\]^-]/g, '\\$&');
const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, new RegExp(`[${escaped}]`)];

const flag = { type: 'object', additionalProperties: false, properties: { Enabled: { type: 'boolean' } } };

/**
 * A hand-written JSON Schema (draft-07) of the Tencent API 3.0 `ResetInstance` rules for a Linux
 * image: what JSON Schema can state (types, lengths, patterns, enums, unknown keys). The rest, which
 * it cannot (password classes, the credentials conflict, base64 length arithmetic), is `postCheck`.
 */
export const TENCENT_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['InstanceId'],
  properties: {
    Action: { const: 'ResetInstance' },
    Version: { const: '2017-03-12' },
    Region: { type: 'string' },
    InstanceId: { type: 'string', pattern: '^ins-[a-z0-9]{8}$' },
    ImageId: { type: 'string', pattern: '^img-' },
    SystemDisk: {
      type: 'object',
      additionalProperties: false,
      properties: {
        DiskSize: { type: 'integer', minimum: 1 },
        DiskType: { enum: [...TENCENT_DISK_TYPES] },
        DiskId: { type: 'string' },
        CdcId: { type: 'string' },
        DiskName: { type: 'string' },
        Encrypt: { type: 'boolean' },
        KmsKeyId: { type: 'string' },
      },
    },
    LoginSettings: {
      type: 'object',
      additionalProperties: false,
      properties: {
        Password: {
          type: 'string',
          minLength: PASSWORD.minLength,
          maxLength: PASSWORD.maxLength,
          pattern: `^[A-Za-z0-9${escaped}]*$`,
        },
        KeyIds: { type: 'array', maxItems: TENCENT_KEY_IDS.max, items: { type: 'string', pattern: '^skey-[a-z0-9]{8}$' } },
        KeepImageLogin: { enum: [...TENCENT_KEEP_IMAGE_LOGIN] },
      },
    },
    EnhancedService: {
      type: 'object',
      additionalProperties: false,
      properties: { SecurityService: flag, MonitorService: flag, AutomationService: flag },
    },
    HostName: {
      type: 'string',
      minLength: HOSTNAME.minLength,
      maxLength: HOSTNAME.maxLength,
      pattern: '^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$',
    },
    UserData: { type: 'string', maxLength: TENCENT_USERDATA.maxEncodedLength ?? 16384, pattern: '^[A-Za-z0-9+/]*={0,2}$' },
  },
} as const;

const compiled = new Ajv({ allErrors: true }).compile(TENCENT_JSON_SCHEMA);

/** The rules JSON Schema cannot state, run over a payload the schema has seen; counts the errors. */
function postCheck(payload: Record<string, unknown>): number {
  let errors = 0;
  const login = payload['LoginSettings'];
  if (typeof login === 'object' && login !== null) {
    const { Password: secret, KeyIds: keys, KeepImageLogin: keep } = login as Record<string, unknown>;
    if (typeof secret === 'string' && CLASSES.filter((pattern) => pattern.test(secret)).length < PASSWORD.minClasses) errors++;
    const given = Number(secret !== undefined) + Number(Array.isArray(keys) && keys.length > 0) + Number(keep === 'TRUE' || keep === 'true');
    if (given > 1) errors++;
  }
  const data = payload['UserData'];
  if (typeof data === 'string' && data.length % 4 !== 0 && (data.endsWith('=') || data.length % 4 === 1)) errors++;
  return errors;
}

/**
 * Validates with ajv (`allErrors: true`, collect-all like `validate()`), then the post-check.
 *
 * @param payload The payload.
 *
 * @returns Whether it passes and how many errors were found.
 */
export function ajvTencent(payload: unknown): { readonly ok: boolean; readonly errors: number } {
  const valid = compiled(payload);
  const errors = (compiled.errors?.length ?? 0) + (typeof payload === 'object' && payload !== null ? postCheck(payload as Record<string, unknown>) : 0);
  return { ok: valid && errors === 0, errors };
}
