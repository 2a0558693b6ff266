import type { PreflightRule } from '../../../preflight/types.ts';
import type { TencentGeneration } from './tencentError.ts';
import { tencentError } from './tencentError.ts';
import { TENCENT_ACCEPTED_STATES, TENCENT_REJECTED_STATES } from '../policies.ts';

/**
 * Creates the Tencent instance-state rule: the states the error list rejects
 * (pending, rebooting, starting, stopping, terminating, isolated, rescue,
 * live migration, ...) each answer their `UnsupportedOperation.InstanceState*`
 * code; the legacy API's table has only `InvalidInstance.NotSupported`.
 *
 * @param generation The API generation.
 *
 * @returns The preflight rule (needs `facts.instance.state`).
 */
export function checkTencentInstanceState(generation: TencentGeneration): PreflightRule {
  return (_payload, facts) => {
    const state = facts.instance?.state?.toUpperCase();
    if (state === undefined || !Object.hasOwn(TENCENT_REJECTED_STATES, state)) return [];
    return [
      {
        finding: { rule: 'preflight/instance-state', params: { state, allowed: TENCENT_ACCEPTED_STATES } },
        path: [],
        vendor: tencentError(generation, TENCENT_REJECTED_STATES[state] ?? 'UnsupportedOperation', 'InvalidInstance.NotSupported'),
      },
    ];
  };
}
