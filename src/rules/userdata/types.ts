/**
 * Framing policy interface: how a user-data script must begin (Linux) or be wrapped (Windows).
 */
export interface FramingPolicy {
  /** The accepted Linux first lines; arguments after a space are accepted too. */
  readonly shebangs: readonly string[];
  /** The first lines only some readings accept: they satisfy the framing but warn. */
  readonly disputedShebangs?: readonly string[];
  /** The accepted Windows open and close tags; the first and last non-empty lines must be one pair. */
  readonly tagPairs: readonly (readonly [string, string])[];
}
