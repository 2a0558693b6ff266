import { describe, expect, it } from 'vitest';
import type { PreflightOutcome } from './types.ts';
import { settle } from './settle.ts';
import { warningsOf } from './warningsOf.ts';

const clean: PreflightOutcome = { report: { api: 'tencent.cvm.ResetInstance', ok: true, issues: [] }, describeFailures: [] };
const failed: PreflightOutcome = { ...clean, describeFailures: [{ action: 'DescribeInstances', reason: 'error' }] };

describe('settle', () => {
  it('sends, and attaches nothing to a clean outcome', async () => {
    const result = await settle(clean, {}, () => Promise.resolve({ RequestId: 'r' }));
    expect(warningsOf(result)).toBeUndefined();
  });

  it('tells onWarning before sending, and attaches nothing then', async () => {
    const order: string[] = [];
    const result = await settle(failed, { onWarning: () => void order.push('warned') }, () => (order.push('sent'), Promise.resolve({ RequestId: 'r' })));
    expect(order).toEqual(['warned', 'sent']);
    expect(warningsOf(result)).toBeUndefined();
  });

  it('attaches the outcome without onWarning', async () => {
    expect(warningsOf(await settle(failed, {}, () => Promise.resolve({ RequestId: 'r' })))).toBe(failed);
  });
});
