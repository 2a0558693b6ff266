import type { PreflightOutcome } from './types.ts';
import { PREFLIGHT_OUTCOME } from './warningsOf.ts';

/**
 * Attaches an outcome to the SDK's result, where {@link warningsOf} reads it; a result that is no object
 * (or is frozen) cannot carry it and is returned as it is.
 *
 * @param result The SDK's result.
 * @param outcome The outcome.
 *
 * @returns The same result.
 */
export function attachOutcome<T>(result: T, outcome: PreflightOutcome): T {
  if ((typeof result === 'object' || typeof result === 'function') && result !== null && Object.isExtensible(result)) {
    Object.defineProperty(result, PREFLIGHT_OUTCOME, { value: outcome, enumerable: false, configurable: true });
  }
  return result;
}
