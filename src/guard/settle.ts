import type { GuardOptions, PreflightOutcome } from './types.ts';
import { attachOutcome } from './attachOutcome.ts';

/**
 * Sends a request that passed preflight: reports its warnings to `onWarning`
 * first, else attaches them to the SDK's result.
 *
 * @param outcome The preflight outcome.
 * @param options The guard options.
 * @param send Calls the SDK's own method with the caller's arguments, unchanged.
 *
 * @returns What the SDK's method resolves to.
 */
export async function settle<T>(outcome: PreflightOutcome, options: GuardOptions<never>, send: () => Promise<T>): Promise<T> {
  const noteworthy = outcome.report.issues.length > 0 || outcome.describeFailures.length > 0;
  if (noteworthy && options.onWarning) options.onWarning(outcome);
  const result = await send();
  return noteworthy && !options.onWarning ? attachOutcome(result, outcome) : result;
}
