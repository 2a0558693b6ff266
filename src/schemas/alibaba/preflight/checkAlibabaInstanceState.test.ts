import { describe, expect, it } from 'vitest';
import { checkAlibabaInstanceState } from './checkAlibabaInstanceState.ts';

const PAYLOAD = { InstanceId: 'i-bp67acfmxazb4ph1qxyz' };

describe('checkAlibabaInstanceState', () => {
  it('accepts Stopped in any letter case, and says nothing without the state', () => {
    expect(checkAlibabaInstanceState(PAYLOAD, { instance: { state: 'Stopped' } })).toEqual([]);
    expect(checkAlibabaInstanceState(PAYLOAD, { instance: { state: 'STOPPED' } })).toEqual([]);
    expect(checkAlibabaInstanceState(PAYLOAD, {})).toEqual([]);
  });

  it('answers Pending with its own code and any other state, known or not, with IncorrectInstanceStatus', () => {
    const [pending] = checkAlibabaInstanceState(PAYLOAD, { instance: { state: 'pending' } });
    expect(pending?.vendor).toEqual({ code: 'OperationDenied.InstanceCreating', status: 403 });
    const [expired] = checkAlibabaInstanceState(PAYLOAD, { instance: { state: 'Expired' } });
    expect(expired).toEqual({ finding: { rule: 'preflight/instance-state', params: { state: 'Expired', allowed: ['Stopped'] } }, path: [], vendor: { code: 'IncorrectInstanceStatus', status: 403 } });
  });
});
