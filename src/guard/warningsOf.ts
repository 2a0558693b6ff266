import type { PreflightOutcome } from './types.ts';

/** The key under which a guarded call attaches its outcome to the SDK's result (not enumerable, so JSON leaves it out). */
export const PREFLIGHT_OUTCOME: unique symbol = Symbol.for('instance-preflight.outcome');

/**
 * Reads the outcome a guarded call attached to the SDK's result: its
 * warnings and failed describe calls, when there were some and no `onWarning` was given.
 *
 * @param result What the guarded reset/rebuild method resolved to.
 *
 * @returns The outcome, or `undefined` when nothing was attached.
 */
export function warningsOf(result: unknown): PreflightOutcome | undefined {
  if ((typeof result !== 'object' && typeof result !== 'function') || result === null) return undefined;
  return (result as { [PREFLIGHT_OUTCOME]?: PreflightOutcome })[PREFLIGHT_OUTCOME];
}
