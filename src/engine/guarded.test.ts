import { describe, expect, it } from 'vitest';
import { guarded } from './guarded.ts';

describe('guarded', () => {
  it('returns what the read returns', () => {
    const findings = [{ finding: { rule: 'parameter/required' as const, params: { name: 'a' } }, path: ['a'] }];
    expect(guarded(() => findings)).toBe(findings);
  });

  it('turns any throw into one parameter/type finding at the root, for the type asked', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(guarded(() => Object.keys(proxy).map(() => ({ finding: { rule: 'parameter/type' as const }, path: [] })))).toEqual([
      { finding: { rule: 'parameter/type', params: { expected: 'object' } }, path: [] },
    ]);
    expect(guarded(() => { throw 'not even an Error'; }, 'query')).toEqual([{ finding: { rule: 'parameter/type', params: { expected: 'query' } }, path: [] }]);
  });
});
