import type { Os } from '../../src/rules/finding.ts';

/** API payloads interface: one API's benchmark payloads for scenarios (a)-(d). */
export interface ApiPayloads {
  /** The OS the benchmark validates for (the hand-written floor implements one OS). */
  readonly os: Os;
  /** (a) A typical valid payload without userdata. */
  readonly typical: unknown;
  /** (b) A valid payload with userdata at the API's cap, or `undefined` when the API takes no userdata. */
  readonly userDataAtCap: unknown;
  /** (c) An invalid payload with about six issues. */
  readonly invalid: unknown;
  /** The number of issues (c) must report, checked before measuring. */
  readonly invalidIssues: number;
  /** (d1) A payload whose hostname of `chars` characters fails on length only, or `undefined` without a hostname. */
  readonly hugeHostname: ((chars: number) => unknown) | undefined;
  /** (d2) A payload whose userdata of `chars` characters fails on size only, or `undefined` without userdata. */
  readonly hugeUserData: ((chars: number) => unknown) | undefined;
}
