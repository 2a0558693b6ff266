import type { Os } from '../src/rules/finding.ts';
import type { Base64Policy, FramingPolicy, HostnameProfile, IdentifierPolicy, InstanceNamePolicy, MetadataPolicy, PasswordPolicy } from '../src/rules/index.ts';
import * as jdcloud from '../src/schemas/jdcloud/index.ts';
import * as tencent from '../src/schemas/tencent/index.ts';
import * as zenlayer from '../src/schemas/zenlayer/index.ts';

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
  readonly userdata?: {
    readonly field: string;
    readonly policy: Base64Policy;
    readonly base64: boolean;
    /** The size above which a value only warns, where the limit is undocumented. */
    readonly warnBytes?: number;
  };
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

const JD_IDS: Readonly<Record<string, IdentifierPolicy>> = {
  regionId: jdcloud.JD_REGION_ID,
  instanceId: jdcloud.JD_INSTANCE_ID,
  imageId: jdcloud.JD_IMAGE_ID,
  'keyNames[n]': jdcloud.JD_KEY_NAME,
};

const JD: ApiPolicies = {
  password: { any: jdcloud.JD_PASSWORD },
  hostname: jdcloud.JD_HOSTNAME,
  identifiers: JD_IDS,
  userdata: { field: 'userdata[n].value', policy: jdcloud.JD_USERDATA, base64: true },
  framing: jdcloud.JD_FRAMING,
  metadata: jdcloud.JD_METADATA,
};

/** Policies per API id. The docs test fails when an API in `apis` has no entry. */
export const API_POLICIES: Readonly<Record<string, ApiPolicies>> = {
  'jdcloud.vm.rebuildInstance': JD,
  'jdcloud.vm.rebuildInstance@1.0.3': { password: JD.password ?? {}, identifiers: JD_IDS },
  'zenlayer.zec.ResetInstance': {
    password: { any: zenlayer.ZENLAYER_PASSWORD },
    identifiers: { keyId: zenlayer.ZENLAYER_KEY_ID },
    userdata: { field: 'userData', policy: {}, base64: false, warnBytes: zenlayer.ZENLAYER_USERDATA_WARN_BYTES },
    instanceName: zenlayer.ZENLAYER_INSTANCE_NAME,
  },
  'tencent.cvm.ResetInstance': TENCENT,
  'tencent.cvm.ResetInstance@api2': { password: tencent.TENCENT_PASSWORD, identifiers: TENCENT.identifiers ?? {} },
};
