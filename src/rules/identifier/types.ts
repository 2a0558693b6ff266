import type { Severity } from '../finding.ts';

/**
 * The characters an identifier may use after its prefix: `lower-alnum` `[a-z0-9]`, `alnum` `[A-Za-z0-9]`,
 * `name` `[A-Za-z0-9_-]`.
 */
export type IdentifierAlphabet = 'lower-alnum' | 'alnum' | 'name';

/**
 * Identifier policy interface: the shape of a resource id or name. Vendors document most shapes by example
 * only, so each part has its own severity: an inferred part can warn while a stated one fails.
 */
export interface IdentifierPolicy {
  /** The required prefix (e.g. `ins-`). */
  readonly prefix?: string;
  /** The alphabet of the part after the prefix. */
  readonly alphabet: IdentifierAlphabet;
  /** The exact length of the part after the prefix. */
  readonly length?: number;
  /** The minimum length of the part after the prefix (default 1). */
  readonly minLength?: number;
  /** The maximum length of the part after the prefix. */
  readonly maxLength?: number;
  /** The severity of a wrong prefix (default `error`). */
  readonly prefixSeverity?: Severity;
  /** The severity of a char outside the alphabet (default `error`). */
  readonly shapeSeverity?: Severity;
  /** The severity of a wrong length (default `shapeSeverity`). */
  readonly lengthSeverity?: Severity;
}
