import { execFileSync } from 'node:child_process';

/** Allocation interface: the bytes one call allocates, for one implementation in one scenario. */
export interface Allocation {
  /** The scenario id (`a`, `b`, `c`). */
  readonly scenario: string;
  /** The implementation's label, as in the timing table. */
  readonly id: string;
  /** The median bytes allocated per call. */
  readonly bytes: number;
}

/**
 * Measures the bytes per call of the floor, `validate()` and the checker alone on the Tencent payloads of
 * scenarios (a)-(c), in a child process (bench/allocationRun.ts) that can run the collector between samples and
 * keeps the young generation large enough that none runs within one.
 *
 * @returns One row per implementation and scenario.
 */
export function measureAllocation(): Allocation[] {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-semi-space-size=64', '--min-semi-space-size=64', '--import', 'tsx', 'bench/allocationRun.ts'],
    { encoding: 'utf8' },
  );
  return JSON.parse(output) as Allocation[];
}
