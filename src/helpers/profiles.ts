import type { ApiId } from '../apis.ts';
import type { PathSegment } from '../errors/issue.ts';
import type { Base64Policy } from '../rules/base64/index.ts';
import type { Os } from '../rules/finding.ts';
import type { HostnameProfile } from '../rules/hostname/index.ts';
import type { PasswordPolicy } from '../rules/password/index.ts';
import type { FramingPolicy } from '../rules/userdata/index.ts';
import { JD_FRAMING, JD_HOSTNAME, JD_PASSWORD, JD_USERDATA } from '../schemas/jdcloud/policies.ts';
import { TENCENT_HOSTNAME, TENCENT_PASSWORD, TENCENT_USERDATA } from '../schemas/tencent/policies.ts';
import { ZENLAYER_PASSWORD, ZENLAYER_USERDATA_WARN_BYTES } from '../schemas/zenlayer/policies.ts';

/** User data profile interface: where an API takes its user data and how it checks it. */
export interface UserdataProfile {
  /** The wire path of the value. */
  readonly path: readonly PathSegment[];
  /** The Base64 size policy; absent when the vendor takes opaque text. */
  readonly base64?: Base64Policy;
  /** The framing the decoded script must have, where the vendor requires one. */
  readonly framing?: FramingPolicy;
  /** For opaque text: the UTF-8 size above which the vendor may refuse it (a warning). */
  readonly textWarnBytes?: number;
}

/** Helper profile interface: the vendor policies the helpers read for one API, by reference. */
export interface HelperProfile {
  /** The password policy for an OS. */
  readonly password: Readonly<Record<Os, PasswordPolicy>>;
  /** The hostname profile for an OS; absent when the API has no hostname parameter. */
  readonly hostname?: Readonly<Record<Os, HostnameProfile>>;
  /** The user data parameter; absent when the API has none. */
  readonly userdata?: UserdataProfile;
}

const same = <T>(policy: T): Readonly<Record<Os, T>> => ({ linux: policy, windows: policy });

/**
 * The vendor policies behind each API's password, hostname and user data
 * parameters: references to the vendor policy objects, never copies.
 */
export const HELPER_PROFILES: Readonly<Record<ApiId, HelperProfile>> = {
  'jdcloud.vm.rebuildInstance': {
    password: same(JD_PASSWORD),
    hostname: JD_HOSTNAME,
    userdata: { path: ['userdata', 0, 'value'], base64: JD_USERDATA, framing: JD_FRAMING },
  },
  'jdcloud.vm.rebuildInstance@1.0.3': { password: same(JD_PASSWORD) },
  'zenlayer.zec.ResetInstance': {
    password: same(ZENLAYER_PASSWORD),
    userdata: { path: ['userData'], textWarnBytes: ZENLAYER_USERDATA_WARN_BYTES },
  },
  'tencent.cvm.ResetInstance': {
    password: TENCENT_PASSWORD,
    hostname: TENCENT_HOSTNAME,
    userdata: { path: ['UserData'], base64: TENCENT_USERDATA },
  },
  'tencent.cvm.ResetInstance@api2': { password: TENCENT_PASSWORD },
};

/**
 * Returns the helper profile of an API.
 *
 * @param api The API id.
 *
 * @returns The profile.
 *
 * @throws {TypeError} When `api` is not a known API id.
 */
export function profileOf(api: string): HelperProfile {
  if (!Object.hasOwn(HELPER_PROFILES, api)) throw new TypeError(`Unknown API id "${api}".`);
  return HELPER_PROFILES[api as ApiId];
}
