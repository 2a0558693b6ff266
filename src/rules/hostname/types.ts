/**
 * Hostname profile interface: one vendor's hostname rule for one OS.
 */
export interface HostnameProfile {
  /** The minimum length in characters. */
  readonly minLength: number;
  /** The maximum length in characters. */
  readonly maxLength: number;
  /** The switch for dot-separated labels (Linux); without it a dot is an error (Windows NetBIOS names). */
  readonly allowDots: boolean;
  /** The switch that lets a hostname be all digits (Windows forbids it). */
  readonly allowAllDigits: boolean;
  /** The longest dot-separated label (RFC 1123: 63); vendors state none, so exceeding it only warns. */
  readonly maxLabelLength?: number;
}
