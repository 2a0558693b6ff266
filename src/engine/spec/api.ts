import type { PathSegment } from '../../errors/issue.ts';
import type { PreflightRule } from '../../preflight/types.ts';
import type { ErrorCodeEntry } from './errorCode.ts';
import type { Base64Policy } from '../../rules/base64/index.ts';
import type { Os } from '../../rules/finding.ts';
import type { HostnameProfile } from '../../rules/hostname/index.ts';
import type { IdentifierPolicy } from '../../rules/identifier/index.ts';
import type { InstanceNamePolicy } from '../../rules/instanceName/index.ts';
import type { MetadataPolicy } from '../../rules/metadata/index.ts';
import type { PasswordPolicy } from '../../rules/password/index.ts';
import type { FramingPolicy } from '../../rules/userdata/index.ts';
import type { PayloadAbout, PayloadSpec } from './types.ts';

/** Rate limit interface: a documented request rate. */
export interface RateLimit {
  /** Requests allowed per second. */
  readonly perSecond: number;
  /** The error code of a throttled request. */
  readonly code: string;
}

/** OS key of a policy: one OS, or `any` where the vendor has one rule for both. */
export type OsKey = Os | 'any';

/** A policy per OS, or one policy for `any` OS. */
export type PerOs<T> = Readonly<Partial<Record<OsKey, T>>>;

/**
 * API policies interface: which vendor policy object governs which parameter, by reference (never a copy).
 * The helpers (passwords, hostnames, user data) and the generated docs tables read it from here.
 */
export interface ApiPolicies {
  /** Password policy per OS. */
  readonly password?: PerOs<PasswordPolicy>;
  /** Hostname profile per OS. */
  readonly hostname?: PerOs<HostnameProfile>;
  /** Identifier policies by wire path as the docs print it (`LoginSettings.KeyIds[n]`). */
  readonly identifiers?: Readonly<Record<string, IdentifierPolicy>>;
  /** The user data parameter: its wire path, size policy and encoding. */
  readonly userdata?: {
    /** The wire path of the value (`0` stands for any list index). */
    readonly path: readonly PathSegment[];
    /** The Base64 size policy (empty for opaque text). */
    readonly policy: Base64Policy;
    /** Whether the value is Base64; otherwise opaque text. */
    readonly base64: boolean;
    /** The UTF-8 size above which a value only warns, where the limit is undocumented. */
    readonly warnBytes?: number;
  };
  /** Script framing policy of the decoded user data. */
  readonly framing?: FramingPolicy;
  /** Metadata policy. */
  readonly metadata?: MetadataPolicy;
  /** Instance name policy. */
  readonly instanceName?: InstanceNamePolicy;
}

/**
 * API spec interface: one vendor API (one version of it), its payload spec and what is known about the payload.
 * `TVendor` is the vendor's name as a literal type: a built-in record names its vendor there, and `Vendor`
 * (src/apis.ts) is the union of those names; an API defined outside the package (`instance-preflight/define`)
 * names its own.
 */
export interface ApiSpec<TId extends string = string, TVendor extends string = string> {
  /** The stable API id, e.g. `tencent.cvm.ResetInstance`. */
  readonly id: TId;
  /** The vendor. */
  readonly vendor: TVendor;
  /** The vendor's action name. */
  readonly action: string;
  /** The API version sent on the wire, where there is one. */
  readonly version?: string;
  /** The request URL (with `{placeholders}` for path parameters). */
  readonly endpoint: string;
  /** The HTTP method(s). */
  readonly method: string;
  /** How parameters travel: a JSON body, a query string, or either. */
  readonly wire: 'json' | 'query' | 'json-or-query';
  /** The vendor's documentation page. */
  readonly doc: string;
  /** The vendor document the rules were taken from, as a short label; its facts and sources are on `docs/vendors/<vendor>.md`. */
  readonly source: string;
  /** The documented rate limit, if any. */
  readonly rateLimit?: RateLimit;
  /** The payload spec. */
  readonly payload: PayloadSpec;
  /** The payload's descriptions, defaults, secrets and vendor error codes (docs, JSON Schema, `validate()`'s vendor codes). */
  readonly about: PayloadAbout;
  /** The rules over known facts (instance state, disk, image) that predict the vendor's precondition errors; none when absent. */
  readonly preflight?: readonly PreflightRule[];
  /** The export of the vendor's package entry (`instance-preflight/<vendor>`) that builds this API's valibot schema. */
  readonly formFactory: string;
  /** The vendor's documented error codes for this API (docs); none when absent. */
  readonly errorCodes?: readonly ErrorCodeEntry[];
  /** Which vendor policy governs which parameter (helpers, docs tables). */
  readonly policies?: ApiPolicies;
  /** Parameters a query-wire request carries for transport (signature, credentials, client), which the payload check drops. */
  readonly transportParameters?: readonly string[];
}
