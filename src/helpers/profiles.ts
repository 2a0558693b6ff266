import type { ApiPolicies, PerOs } from '../engine/spec/api.ts';
import type { PathSegment } from '../errors/issue.ts';
import type { Base64Policy } from '../rules/base64/index.ts';
import type { Os } from '../rules/finding.ts';
import type { HostnameProfile } from '../rules/hostname/index.ts';
import type { PasswordPolicy } from '../rules/password/index.ts';
import type { FramingPolicy } from '../rules/userdata/index.ts';
import { apis, type ApiId } from '../apis.ts';

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

/** The policy for each OS, where the map has one for both (its own or the `any` one). */
function forEachOs<T>(map: PerOs<T> | undefined): Readonly<Record<Os, T>> | undefined {
  const linux = map?.linux ?? map?.any;
  const windows = map?.windows ?? map?.any;
  return linux && windows ? { linux, windows } : undefined;
}

/** The helper profile of an API's policies; `undefined` when it has no password policy for both OSes. */
function profileFrom(policies: ApiPolicies): HelperProfile | undefined {
  const password = forEachOs(policies.password);
  if (!password) return undefined;
  const hostname = forEachOs(policies.hostname);
  const userdata = policies.userdata;
  return {
    password,
    ...(hostname ? { hostname } : {}),
    ...(userdata
      ? {
          userdata: userdata.base64
            ? { path: userdata.path, base64: userdata.policy, ...(policies.framing ? { framing: policies.framing } : {}) }
            : { path: userdata.path, ...(userdata.warnBytes !== undefined ? { textWarnBytes: userdata.warnBytes } : {}) },
        }
      : {}),
  };
}

/**
 * The vendor policies behind each API's password, hostname and user data
 * parameters, read from each API record's `policies`: references to the
 * vendor policy objects, never copies. Built on the first helper call, not
 * at import: a process that only validates never reads them.
 */
let helperProfiles: Readonly<Partial<Record<ApiId, HelperProfile>>> | undefined;

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
  const profiles = (helperProfiles ??= Object.fromEntries(
    apis.flatMap((entry) => {
      const profile = profileFrom(entry.policies ?? {});
      return profile ? [[entry.id, profile] as const] : [];
    }),
  ));
  const profile = Object.hasOwn(profiles, api) ? profiles[api as ApiId] : undefined;
  if (!profile) throw new TypeError(`Unknown API id "${api}".`);
  return profile;
}
