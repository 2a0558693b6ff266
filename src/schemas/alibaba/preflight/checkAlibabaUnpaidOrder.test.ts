import { describe, expect, it } from 'vitest';
import { checkAlibabaUnpaidOrder } from './checkAlibabaUnpaidOrder.ts';

const PAYLOAD = { InstanceId: 'i-bp67acfmxazb4ph1qxyz' };

describe('checkAlibabaUnpaidOrder', () => {
  it('refuses an instance with an unpaid order, with the newer code', () => {
    expect(checkAlibabaUnpaidOrder(PAYLOAD, { instance: { unpaidOrder: true } })).toEqual([
      { finding: { rule: 'preflight/unpaid-order' }, path: [], vendor: { code: 'OperationDenied.UnpaidOrder', status: 403 } },
    ]);
  });

  it('says nothing when there is none or nobody said', () => {
    expect(checkAlibabaUnpaidOrder(PAYLOAD, { instance: { unpaidOrder: false } })).toEqual([]);
    expect(checkAlibabaUnpaidOrder(PAYLOAD, { instance: {} })).toEqual([]);
  });
});
