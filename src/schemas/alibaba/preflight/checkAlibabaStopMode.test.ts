import { describe, expect, it } from 'vitest';
import { checkAlibabaStopMode } from './checkAlibabaStopMode.ts';

const PAYLOAD = { InstanceId: 'i-bp67acfmxazb4ph1qxyz' };

describe('checkAlibabaStopMode', () => {
  it('warns of the economical stop mode only', () => {
    expect(checkAlibabaStopMode(PAYLOAD, { instance: { stopMode: 'StopCharging' } })).toEqual([{ finding: { rule: 'preflight/stop-mode', severity: 'warning' }, path: [] }]);
    expect(checkAlibabaStopMode(PAYLOAD, { instance: { stopMode: 'KeepCharging' } })).toEqual([]);
    expect(checkAlibabaStopMode(PAYLOAD, { instance: { stopMode: 'Not-applicable' } })).toEqual([]);
    expect(checkAlibabaStopMode(PAYLOAD, {})).toEqual([]);
  });
});
