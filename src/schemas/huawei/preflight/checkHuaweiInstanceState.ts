import type { PreflightRule } from '../../../preflight/types.ts';
import type { HuaweiBodyMember } from './huaweiBody.ts';
import { huaweiBody } from './huaweiBody.ts';
import { own } from '../../../engine/spec/values.ts';
import { HUAWEI_FAILED_STATE, HUAWEI_MODE, HUAWEI_PRECONDITION_ERRORS, HUAWEI_REJECTED_STATES, HUAWEI_RUNNING_STATE, HUAWEI_STOPPED_STATE } from '../policies.ts';

const [STOP_MODE] = HUAWEI_MODE;

/**
 * Creates the Huawei instance-state rule (docs/vendors/huawei.md#instance-state): `SHUTOFF` always passes;
 * `ACTIVE` passes with `mode: withStopServer` and is 400 `Ecs.0100` without it; a transitional, shelved or
 * deleted status is `Ecs.0100`; `ERROR` (allowed only after a failed reinstall or change) and a status the
 * list lacks are warnings, which predict no code.
 *
 * @param member The body member whose `mode` may admit a running ECS.
 *
 * @returns The preflight rule (needs `facts.instance.state`).
 */
export function checkHuaweiInstanceState(member: HuaweiBodyMember): PreflightRule {
  return (payload, facts) => {
    const state = facts.instance?.state?.toUpperCase();
    if (state === undefined || state === HUAWEI_STOPPED_STATE) return [];
    const stops = own(huaweiBody(payload, member) ?? {}, 'mode') === STOP_MODE;
    if (state === HUAWEI_RUNNING_STATE && stops) return [];
    const allowed = stops ? [HUAWEI_STOPPED_STATE, HUAWEI_RUNNING_STATE] : [HUAWEI_STOPPED_STATE];
    const alternative = stops ? {} : { alternative: `mode: ${STOP_MODE}` };
    const params = { state, allowed, ...alternative };
    if (state === HUAWEI_RUNNING_STATE || HUAWEI_REJECTED_STATES.includes(state)) {
      return [{ finding: { rule: 'preflight/instance-state', params }, path: [], vendor: HUAWEI_PRECONDITION_ERRORS.state }];
    }
    // ERROR after a failed reinstall is accepted, and an undocumented status may be too: neither is certain.
    return [{ finding: { rule: 'preflight/instance-state', severity: 'warning', params }, path: [] }];
  };
}
