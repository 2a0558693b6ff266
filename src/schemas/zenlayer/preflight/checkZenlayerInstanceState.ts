import type { PreflightRule } from '../../../preflight/types.ts';
import { ZENLAYER_PRECONDITION_ERRORS, ZENLAYER_RESET_STATE } from '../policies.ts';

/**
 * Zenlayer instance-state rule: the instance must be powered off, else 400
 * `UNSUPPORTED_OPERATION_INSTANCE_STATUS`. Needs `facts.instance.state`.
 *
 * @param _payload The payload (unused: the state is a fact).
 * @param facts The facts.
 *
 * @returns The finding, if the instance is not stopped.
 */
export const checkZenlayerInstanceState: PreflightRule = (_payload, facts) => {
  const state = facts.instance?.state;
  if (state === undefined || state.toUpperCase() === ZENLAYER_RESET_STATE) return [];
  return [
    {
      finding: { rule: 'preflight/instance-state', params: { state, allowed: [ZENLAYER_RESET_STATE] } },
      path: [],
      vendor: ZENLAYER_PRECONDITION_ERRORS.state,
    },
  ];
};
