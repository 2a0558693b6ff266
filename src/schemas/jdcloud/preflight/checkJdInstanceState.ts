import type { PreflightRule } from '../../../preflight/types.ts';
import { JD_FAILED_PRECONDITION, JD_REBUILD_STATE } from '../policies.ts';

/**
 * JD instance-state rule: the instance must be `stopped`, else 400
 * `FAILED_PRECONDITION` `Please stop the instance first.` Needs `facts.instance.state`.
 *
 * @param _payload The payload (unused: the state is a fact).
 * @param facts The facts.
 *
 * @returns The finding, if the instance is not stopped.
 */
export const checkJdInstanceState: PreflightRule = (_payload, facts) => {
  const state = facts.instance?.state;
  if (state === undefined || state.toLowerCase() === JD_REBUILD_STATE) return [];
  return [
    {
      finding: { rule: 'preflight/instance-state', params: { state, allowed: [JD_REBUILD_STATE] } },
      path: [],
      vendor: JD_FAILED_PRECONDITION,
    },
  ];
};
