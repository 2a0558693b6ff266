import type { PreflightRule } from '../../../preflight/types.ts';
import { ALIBABA_INCORRECT_STATE_CODE, ALIBABA_REPLACE_STATE, ALIBABA_STATE_CODES } from '../policies.ts';
import { alibabaError } from './alibabaError.ts';

/**
 * Alibaba instance-state rule: `ReplaceSystemDisk` takes a `Stopped` instance
 * only (every revision of the API page), else 403 `IncorrectInstanceStatus`;
 * an instance still being created (`Pending`) answers
 * `OperationDenied.InstanceCreating`. Needs `facts.instance.state`.
 *
 * @param _payload The payload (unused: the state is a fact).
 * @param facts The facts.
 *
 * @returns The finding, if the instance is not stopped.
 */
export const checkAlibabaInstanceState: PreflightRule = (_payload, facts) => {
  const state = facts.instance?.state;
  if (state === undefined || state.toLowerCase() === ALIBABA_REPLACE_STATE.toLowerCase()) return [];
  const own = Object.entries(ALIBABA_STATE_CODES).find(([name]) => name.toLowerCase() === state.toLowerCase());
  return [
    {
      finding: { rule: 'preflight/instance-state', params: { state, allowed: [ALIBABA_REPLACE_STATE] } },
      path: [],
      vendor: alibabaError(own?.[1] ?? ALIBABA_INCORRECT_STATE_CODE),
    },
  ];
};
