import type { Os } from '../src/rules/finding.ts';
import type { Base64Policy, FramingPolicy, HostnameProfile, IdentifierPolicy, InstanceNamePolicy, MetadataPolicy, PasswordPolicy } from '../src/rules/index.ts';
import * as tencent from '../src/schemas/tencent/index.ts';

/** OS key of a policy: one OS, or `any` where the vendor has one rule for both. */
export type OsKey = Os | 'any';

/** API policies interface: the vendor policy objects one API's spec is built from, for docs tables. */
export interface ApiPolicies {
  /** Password policy per OS. */
  readonly password?: Readonly<Partial<Record<OsKey, PasswordPolicy>>>;
  /** Hostname profile per OS. */
  readonly hostname?: Readonly<Partial<Record<OsKey, HostnameProfile>>>;
  /** Identifier policies by wire path. */
  readonly identifiers?: Readonly<Record<string, IdentifierPolicy>>;
  /** User-data size policy and the wire name of the field. */
  readonly userdata?: { readonly field: string; readonly policy: Base64Policy; readonly base64: boolean };
  /** Script framing policy. */
  readonly framing?: FramingPolicy;
  /** Metadata policy. */
  readonly metadata?: MetadataPolicy;
  /** Instance name policy. */
  readonly instanceName?: InstanceNamePolicy;
}

const TENCENT: ApiPolicies = {
  password: tencent.TENCENT_PASSWORD,
  hostname: tencent.TENCENT_HOSTNAME,
  identifiers: {
    InstanceId: tencent.TENCENT_INSTANCE_ID,
    ImageId: tencent.TENCENT_IMAGE_ID,
    'LoginSettings.KeyIds[n]': tencent.TENCENT_KEY_ID,
  },
  userdata: { field: 'UserData', policy: tencent.TENCENT_USERDATA, base64: true },
};

/** Policies per API id. The docs test fails when an API in `apis` has no entry. */
export const API_POLICIES: Readonly<Record<string, ApiPolicies>> = {
  'tencent.cvm.ResetInstance': TENCENT,
  'tencent.cvm.ResetInstance@api2': { password: tencent.TENCENT_PASSWORD, identifiers: TENCENT.identifiers ?? {} },
};
