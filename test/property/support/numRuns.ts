/**
 * Scales a property's number of runs: `FUZZ_SCALE=100 npm test` (what `npm run fuzz` does) runs every
 * property a hundred times as often as CI does.
 *
 * @param base The number of runs in an ordinary test run.
 *
 * @returns The number of runs to use.
 */
export function numRuns(base: number): number {
  const scale = Number(process.env['FUZZ_SCALE'] ?? '1');
  return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
