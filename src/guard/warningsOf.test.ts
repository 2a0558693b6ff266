import { describe, expect, it } from 'vitest';
import { attachOutcome } from './attachOutcome.ts';
import { warningsOf } from './warningsOf.ts';

const OUTCOME = { report: { api: 'tencent.cvm.ResetInstance', ok: true, issues: [] }, describeFailures: [{ action: 'DescribeImages', reason: 'not-found' as const }] };

describe('warningsOf / attachOutcome', () => {
  it('attaches the outcome out of sight of JSON and reads it back', () => {
    const result = attachOutcome({ RequestId: 'r' }, OUTCOME);
    expect(warningsOf(result)).toBe(OUTCOME);
    expect(JSON.stringify(result)).toBe('{"RequestId":"r"}');
  });

  it('leaves a result that cannot carry it as it is', () => {
    expect(attachOutcome('text', OUTCOME)).toBe('text');
    const frozen = Object.freeze({ RequestId: 'r' });
    expect(warningsOf(attachOutcome(frozen, OUTCOME))).toBeUndefined();
    expect(warningsOf(undefined)).toBeUndefined();
  });
});
