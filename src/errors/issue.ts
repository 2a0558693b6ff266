import type { Severity } from '../rules/finding.ts';
import type { RuleId } from '../rules/ruleId.ts';

/** Message language. */
export type Lang = 'en' | 'zh-CN';

/** A segment of a wire path: an object key or an array index. */
export type PathSegment = string | number;

/** Vendor error interface: what the vendor's server answers for the same fault. */
export interface VendorError {
  /** The vendor's error code, e.g. `InvalidParameterValue.InvalidPassword`. */
  readonly code: string;
  /** The HTTP status the server answers with, where documented. */
  readonly status?: number;
}

/** Issue interface: one rule broken at one place of the payload. */
export interface Issue {
  /** The stable rule id, e.g. `password/classes`. */
  readonly rule: RuleId;
  /** The severity; only `error` makes the report fail. */
  readonly severity: Severity;
  /**
   * The wire path into the payload; `[]` for the payload itself. A key the API lacks is never in it but
   * `<redacted key N>`, N its 0-based position among its object's keys: such a key may be text split off a secret.
   */
  readonly path: PathSegment[];
  /** The localized message: what is wrong and what would pass. Never contains a secret. */
  readonly message: string;
  /** What the vendor's server answers, where documented. */
  readonly vendor?: VendorError;
}

/** Report interface: the result of validating one payload. */
export interface Report<TApi extends string = string> {
  /** The API id the payload was checked against. */
  readonly api: TApi;
  /** Whether no issue has severity `error`. */
  readonly ok: boolean;
  /** Every issue found, in payload order. */
  readonly issues: Issue[];
}
