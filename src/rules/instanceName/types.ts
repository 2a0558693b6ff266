/**
 * Instance name policy interface: the length and characters an instance name may have.
 */
export interface InstanceNamePolicy {
  /** The minimum length in characters. */
  readonly minLength: number;
  /** The maximum length in characters. */
  readonly maxLength: number;
  /** The ASCII characters accepted besides letters and digits (e.g. `-.`). */
  readonly extraChars: string;
}
