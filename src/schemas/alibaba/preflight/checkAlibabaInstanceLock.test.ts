import { describe, expect, it } from 'vitest';
import { checkAlibabaInstanceLock } from './checkAlibabaInstanceLock.ts';

const PAYLOAD = { InstanceId: 'i-bp67acfmxazb4ph1qxyz' };
const reasons = (locks: string[]): unknown[] => checkAlibabaInstanceLock(PAYLOAD, { instance: { locks } }).map((found) => [found.finding.params?.['reason'], found.finding.severity, found.vendor]);

describe('checkAlibabaInstanceLock', () => {
  it('warns once per kind of lock a source ties to a refusal, with no code', () => {
    expect(reasons(['security'])).toEqual([['security', 'warning', undefined]]);
    expect(reasons(['financial', 'dedicatedhostfinancial', 'security'])).toEqual([
      ['financial', 'warning', undefined],
      ['security', 'warning', undefined],
    ]);
  });

  it('says nothing of reasons no source ties to this API, of no locks, or without the fact', () => {
    expect(reasons(['Recycling', 'refunded'])).toEqual([]);
    expect(reasons([])).toEqual([]);
    expect(checkAlibabaInstanceLock(PAYLOAD, {})).toEqual([]);
  });
});
