import type { Lang, Report } from '../errors/issue.ts';
import type { Facts } from '../preflight/facts.ts';
import type { Os } from '../rules/finding.ts';

/** A describe call that failed: the guard went on without the facts it would have given. */
export interface DescribeFailure {
  /** The SDK method, e.g. `DescribeInstances`, `describeImage`. */
  readonly action: string;
  /** `error`: the call threw or rejected; `not-found`: it answered without the resource. */
  readonly reason: 'error' | 'not-found';
  /** The vendor's error code, when the error carried one (e.g. `AuthFailure.SignatureFailure`). */
  readonly code?: string;
}

/** What a guarded call found besides errors: the report (warnings only) and the describe calls that failed. */
export interface PreflightOutcome {
  /** The report; `ok` is `true` (a report with an error throws a `PreflightError` instead). */
  readonly report: Report;
  /** The describe calls that failed, each degraded to no facts. */
  readonly describeFailures: readonly DescribeFailure[];
}

/** Guard options interface. */
export interface GuardOptions<TRequest = unknown> {
  /** The target image's OS; absent = from the facts' image, else unknown (OS-dependent rules run for both). */
  readonly os?: Os;
  /** The message language (default `en`). */
  readonly lang?: Lang;
  /**
   * What is known about the instance and image: a `Facts` object, a function of the request returning one
   * (or a promise of one), or `'describe'`: the guard asks the vendor's describe APIs through the same client,
   * one call per resource; a failed call degrades to no facts for that resource, with a warning.
   */
  readonly facts?: Facts | ((request: TRequest) => Facts | Promise<Facts>) | 'describe';
  /** Validate only: the reset/rebuild method resolves to the {@link PreflightOutcome} and sends nothing. */
  readonly dryRun?: boolean;
  /**
   * Called before a request is sent when its report has warnings or a describe call failed. Without it, the
   * outcome is attached to the SDK's result, read with `warningsOf(result)`.
   */
  readonly onWarning?: (outcome: PreflightOutcome) => void;
}
