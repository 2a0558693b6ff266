import type { Finding, Os, Severity } from '../../rules/finding.ts';
import type { RuleId } from '../../rules/ruleId.ts';
import type { VendorError } from '../../errors/issue.ts';
import type { Facts } from '../../preflight/facts.ts';

/** Check context interface: what a field check may know besides its value. */
export interface CheckContext {
  /** The target image's OS, or `undefined` when unknown (OS-dependent checks then run for both). */
  readonly os: Os | undefined;
  /** What is known about the target image (the neutral facts shape), for the vendor checks that read more than its OS. */
  readonly image?: Facts['image'] | undefined;
}

/** A check over one well-typed value; findings' paths are relative to the value. */
export type ValueCheck<TValue> = (value: TValue, context: CheckContext) => readonly Finding[];

/** A check over the whole payload object; findings' paths are absolute. */
export type PayloadCheck = (payload: Readonly<Record<string, unknown>>, context: CheckContext) => readonly Finding[];

/** A rule family, e.g. `password`. */
export type RuleFamily = RuleId extends `${infer Family}/${string}` ? Family : never;

/** Vendor error codes by rule id, by family (`password/*`), or for any rule (`*`); the most specific wins. */
export type VendorCodes = Readonly<Partial<Record<RuleId | `${RuleFamily}/*` | '*', VendorError>>>;

/**
 * Base field interface: what every parameter of a spec declares for checking.
 * What only docs, JSON Schema and vendor-code lookup need lives in `FieldAbout`.
 */
interface BaseField {
  /** Whether the parameter must be present. */
  readonly required?: boolean;
}

/** String field interface. */
export interface StringField extends BaseField {
  /** The JSON type. */
  readonly type: 'string';
  /** The only values accepted, if the parameter is an enumeration. */
  readonly enum?: readonly string[];
  /** The rules the value must pass. */
  readonly check?: ValueCheck<string>;
}

/** Integer field interface. */
export interface IntegerField extends BaseField {
  /** The JSON type. */
  readonly type: 'integer';
  /** The rules the value must pass. */
  readonly check?: ValueCheck<number>;
}

/** Boolean field interface. */
export interface BooleanField extends BaseField {
  /** The JSON type. */
  readonly type: 'boolean';
}

/** Object field interface. An empty object counts as absent. */
export interface ObjectField extends BaseField {
  /** The JSON type. */
  readonly type: 'object';
  /** The object's own parameters. */
  readonly fields: FieldMap;
  /** Rules over the object as a whole; run only when it is a plain object. */
  readonly check?: ValueCheck<Readonly<Record<string, unknown>>>;
}

/** Array field interface. An empty array counts as absent. */
export interface ArrayField extends BaseField {
  /** The JSON type. */
  readonly type: 'array';
  /** The spec every element must meet. */
  readonly items: FieldSpec;
  /** The most elements accepted; more is a `parameter/count` error at the array. */
  readonly maxItems?: number;
  /** Rules over the list as a whole; run only when it is an array. */
  readonly check?: ValueCheck<readonly unknown[]>;
}

/** Field spec: one parameter as the vendor's parameter table describes it. */
export type FieldSpec = StringField | IntegerField | BooleanField | ObjectField | ArrayField;

/** A set of parameters by wire name (case-sensitive). */
export type FieldMap = Readonly<Record<string, FieldSpec>>;

/** Payload spec interface: one API's parameter table plus its cross-field rules. */
export interface PayloadSpec {
  /** The top-level parameters by wire name. */
  readonly fields: FieldMap;
  /** How an unknown parameter is reported (Tencent answers `UnknownParameter`; others ignore them). */
  readonly unknownSeverity: Severity;
  /** Cross-field rules over the whole payload. */
  readonly checks: readonly PayloadCheck[];
  /**
   * The index of a list's first element in a form request's flattened keys: 0 (the default, Tencent's
   * `LoginSettings.KeyIds.0`) or 1 (Alibaba Cloud's RPC APIs, `Arn.1.RoleType`). The rebuilt payload's
   * lists, and so every issue path, count from 0 either way.
   */
  readonly listBase?: 0 | 1;
}

/** What docs, JSON Schema and vendor-code lookup know of one parameter: kept out of FieldSpec so browser bundles never carry it. */
export interface FieldAbout {
  /** A one-line description for docs, in the vendor's words where possible. */
  readonly description: string;
  /** The default the vendor applies when the parameter is absent, for docs. */
  readonly default?: string;
  /** Whether the value is a secret that no output may contain. */
  readonly secret?: boolean;
  /** The vendor's error codes for faults in this parameter (and below it). */
  readonly vendor?: VendorCodes;
}

/** About a payload: its parameters by wire-path key, and its API-wide vendor codes. */
export interface PayloadAbout {
  /** Keys: the wire path, object keys joined by ".", an array element as "[]": "LoginSettings.Password",
   *  "LoginSettings.KeyIds", "LoginSettings.KeyIds[]", "metadata[]", "metadata[].key". */
  readonly fields: Readonly<Record<string, FieldAbout>>;
  /** API-wide vendor codes, used where no field on the path names one (today's PayloadSpec.vendor). */
  readonly vendor: VendorCodes;
}
