import type { RuleId } from './ruleId.ts';

/** Issue severity. `error` makes a report fail; the others only inform. */
export type Severity = 'error' | 'warning' | 'info';

/** Operating system of the target image. */
export type Os = 'linux' | 'windows';

/** A parameter value a message may interpolate. Never a secret or a fragment of one. */
export type FindingParam = string | number | boolean | readonly string[];

/**
 * Finding interface: what a rule function reports. Findings are vendor-neutral
 * and carry no text; `src/errors` turns them into localized issues.
 */
export interface Finding {
  /** The rule that failed. */
  readonly rule: RuleId;
  /** The values the message interpolates (limits, allowed sets; never the input). */
  readonly params?: Readonly<Record<string, FindingParam>>;
  /** The severity, when it differs from the rule's default in the catalog. */
  readonly severity?: Severity;
  /** The path below the checked value (e.g. `[2, 'key']` inside a metadata list). */
  readonly path?: readonly (string | number)[];
  /** The OS this finding applies to when the target OS is unknown and only one OS fails. */
  readonly os?: Os;
  /**
   * Set where an error for `os` is reported as a warning only because the target OS is unknown: the vendor's
   * answer to that error still applies to that OS. Any other warning predicts no vendor code.
   */
  readonly demoted?: true;
}

/** The one empty result a check may return when it has nothing to report: frozen, so no caller can add to it. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
