import type { ApiId, Facts, Os } from '../../src/index.ts';

/** Preflight case interface: facts that break one precondition, and facts that meet it. */
export interface PreflightCase {
  /** What the case checks. */
  readonly name: string;
  /** The API. */
  readonly api: ApiId;
  /** The OS passed as `options.os`, where the facts alone do not settle it. */
  readonly os?: Os;
  /** A payload that is valid on its own. */
  readonly payload: Readonly<Record<string, unknown>>;
  /** Facts that break the precondition. */
  readonly failing: Facts;
  /** Facts that meet it. */
  readonly passing: Facts;
  /** The issue expected with the failing facts. */
  readonly expected: {
    readonly rule: string;
    readonly path: readonly (string | number)[];
    /** The vendor's answer; `undefined` for a warning from an undocumented guess, which predicts none. */
    readonly vendor: { readonly code: string; readonly status?: number } | undefined;
    readonly severity?: 'error' | 'warning';
  };
}
