/** How many login credentials an API takes: at most one, exactly one, or none (images that support neither). */
export type CredentialMode = 'at-most-one' | 'exactly-one' | 'none';

/**
 * Given credential interface: one login credential present in a payload.
 */
export interface GivenCredential {
  /** The credential's wire name (e.g. `password`, `keyId`). */
  readonly name: string;
  /** The absolute wire path of the credential in the payload. */
  readonly path: readonly (string | number)[];
}
