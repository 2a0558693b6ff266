import type { ApiId } from '../apis.ts';
import type { Os } from '../rules/finding.ts';

/** Helper target interface: the API and the target image's OS (absent: a value valid for both). */
export interface HelperTarget {
  /** The API id. */
  readonly api: ApiId;
  /** The target image's OS; absent means the result must suit Linux and Windows images alike. */
  readonly os?: Os | undefined;
}

/** A source of random 32-bit values, with the contract of `crypto.getRandomValues`. */
export type RandomSource = (values: Uint32Array) => Uint32Array;
