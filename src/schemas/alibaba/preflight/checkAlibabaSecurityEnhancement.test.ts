import { describe, expect, it } from 'vitest';
import { checkAlibabaSecurityEnhancement } from './checkAlibabaSecurityEnhancement.ts';

const ACTIVE = { InstanceId: 'i-bp67acfmxazb4ph1qxyz', SecurityEnhancementStrategy: 'Active' };

describe('checkAlibabaSecurityEnhancement', () => {
  it('warns of Active with an image that is not public, at the parameter', () => {
    for (const source of ['custom', 'shared', 'marketplace', 'imported'] as const) {
      expect(checkAlibabaSecurityEnhancement(ACTIVE, { image: { source } })).toEqual([{ finding: { rule: 'preflight/security-enhancement', severity: 'warning' }, path: ['SecurityEnhancementStrategy'] }]);
    }
  });

  it('says nothing for a public image, Deactive, no strategy, or no source', () => {
    expect(checkAlibabaSecurityEnhancement(ACTIVE, { image: { source: 'public' } })).toEqual([]);
    expect(checkAlibabaSecurityEnhancement({ ...ACTIVE, SecurityEnhancementStrategy: 'Deactive' }, { image: { source: 'custom' } })).toEqual([]);
    expect(checkAlibabaSecurityEnhancement({ InstanceId: 'i-1' }, { image: { source: 'custom' } })).toEqual([]);
    expect(checkAlibabaSecurityEnhancement(ACTIVE, { image: {} })).toEqual([]);
  });
});
