import type { Finding } from '../../rules/finding.ts';
import type { PathSegment } from '../../errors/issue.ts';
import type { CheckContext } from '../spec/types.ts';

/** Located finding interface: a finding with its absolute wire path. */
export interface LocatedFinding {
  /** The finding. */
  readonly finding: Finding;
  /** The absolute wire path. */
  readonly path: readonly PathSegment[];
}

/** A direct checker: walks a payload once and returns every finding. */
export type Checker = (payload: unknown, context: CheckContext) => LocatedFinding[];

/** Checker options interface. */
export interface CheckerOptions {
  /**
   * Suggests the known name an unknown parameter was probably meant to be
   * (`suggestName`); without it, unknown parameters come without a suggestion.
   */
  readonly suggest?: (name: string, known: readonly string[]) => string | undefined;
}
