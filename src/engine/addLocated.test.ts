import { describe, expect, it } from 'vitest';
import type { LocatedFinding } from './types.ts';
import { addLocated } from './addLocated.ts';

const located = (rule: 'parameter/type' | 'parameter/required'): LocatedFinding => ({ finding: { rule }, path: ['InstanceId'] });

describe('addLocated', () => {
  it('creates the list at the first finding', () => {
    const first = located('parameter/type');
    expect(addLocated(undefined, first)).toStrictEqual([first]);
  });

  it('adds to the same list after it, in order', () => {
    const out = [located('parameter/type')];
    const second = located('parameter/required');
    expect(addLocated(out, second)).toBe(out);
    expect(out[1]).toBe(second);
  });
});
