import { Ajv2020 } from 'ajv/dist/2020.js';
import { toJsonSchema, UNCHECKED } from 'instance-preflight/json-schema';
import { TENCENT_HOSTNAME, TENCENT_PASSWORD, TENCENT_USERDATA } from '../../src/schemas/tencent/policies.ts';

const PASSWORD = TENCENT_PASSWORD.linux;
const HOSTNAME = TENCENT_HOSTNAME.linux;
const USERDATA_MAX = TENCENT_USERDATA.maxEncodedLength ?? 16384;
const escaped = PASSWORD.specials.replace(/[\\\]^-]/g, '\\$&');
const PASSWORD_CHARS = new RegExp(`^[A-Za-z0-9${escaped}]*$`);
const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, new RegExp(`[${escaped}]`)];
const HOST = /^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const ajv = new Ajv2020({ allErrors: true });
ajv.addKeyword({ keyword: UNCHECKED });
/** Our own exported JSON Schema: exact for the structure, the value rules listed as unchecked. */
const compiled = ajv.compile(toJsonSchema('tencent.cvm.ResetInstance', { os: 'linux' }) as Record<string, unknown>);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The rules the schema marks `x-instance-preflight-unchecked`, as a user of the exported schema
 * would write them after ajv: regexes and length checks over the typed values. Counts the errors.
 */
function postCheck(payload: Record<string, unknown>): number {
  let errors = 0;
  const { InstanceId: instance, ImageId: image, SystemDisk: disk, LoginSettings: login, HostName: host, UserData: data } = payload;
  if (typeof instance === 'string' && !/^ins-[a-z0-9]{8}$/.test(instance)) errors++;
  if (typeof image === 'string' && !image.startsWith('img-')) errors++;
  if (isObject(disk) && typeof disk['DiskSize'] === 'number' && disk['DiskSize'] <= 0) errors++;
  if (isObject(login)) {
    const { Password: secret, KeyIds: keys, KeepImageLogin: keep } = login;
    if (typeof secret === 'string') {
      if (secret.length < PASSWORD.minLength || secret.length > PASSWORD.maxLength) errors++;
      if (!PASSWORD_CHARS.test(secret)) errors++;
      if (CLASSES.filter((pattern) => pattern.test(secret)).length < PASSWORD.minClasses) errors++;
    }
    if (Array.isArray(keys)) for (const key of keys) if (typeof key === 'string' && !/^skey-[a-z0-9]{8}$/.test(key)) errors++;
    const given = Number(secret !== undefined) + Number(Array.isArray(keys) && keys.length > 0) + Number(keep === 'TRUE' || keep === 'true');
    if (given > 1) errors++;
  }
  if (typeof host === 'string' && (host.length < HOSTNAME.minLength || host.length > HOSTNAME.maxLength || !HOST.test(host))) errors++;
  if (typeof data === 'string') {
    const remainder = data.length % 4;
    if (data.length > USERDATA_MAX || !BASE64.test(data) || (data.endsWith('=') ? remainder !== 0 : remainder === 1)) errors++;
  }
  return errors;
}

/**
 * Validates with ajv over `toJsonSchema('tencent.cvm.ResetInstance')` (`allErrors: true`,
 * collect-all like `validate()`), then the post-check of the value and cross-field rules.
 *
 * @param payload The payload.
 *
 * @returns Whether it passes and how many errors were found.
 */
export function ajvTencent(payload: unknown): { readonly ok: boolean; readonly errors: number } {
  const valid = compiled(payload);
  const errors = (compiled.errors?.length ?? 0) + (isObject(payload) ? postCheck(payload) : 0);
  return { ok: valid && errors === 0, errors };
}
