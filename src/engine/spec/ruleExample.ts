import type { Facts } from '../../preflight/facts.ts';
import type { Os } from '../../rules/finding.ts';

/**
 * Rule example interface: one payload shown on a rule's page. Each vendor folder keeps its own
 * (`docs/ruleExamples.ts`); the docs generator runs them through `validate` and fails when the rule does not
 * fire (or fires) as declared, so the page cannot lie.
 */
export interface RuleExample {
  /** The API id the payload is sent to. */
  readonly api: string;
  /** The target image's OS; absent = unknown. */
  readonly os?: Os;
  /** Instance and image facts, for the `preflight/` rules. */
  readonly facts?: Facts;
  /** `query` for a form request (a URL, query string or flat map), as `validate` takes it. */
  readonly encoding?: 'query';
  /** The payload. */
  readonly payload: unknown;
  /** Whether the rule fires on it. */
  readonly fires: boolean;
}
