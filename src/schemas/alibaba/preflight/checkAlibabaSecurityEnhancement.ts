import type { PreflightRule } from '../../../preflight/types.ts';
import { own } from '../../../engine/spec/values.ts';
import { ALIBABA_SECURITY_ENHANCEMENT_SOURCES } from '../policies.ts';

/**
 * Alibaba security-enhancement rule: `SecurityEnhancementStrategy=Active`
 * (Security Center) is "supported only for public images"; no source says
 * whether the server rejects it on another image or ignores it, so a warning
 * without a code (docs/vendors/alibaba.md#security-enhancement-strategy).
 * Needs `facts.image.source` (DescribeImages `ImageOwnerAlias`).
 *
 * @param payload The payload.
 * @param facts The facts.
 *
 * @returns The warning, if hardening is asked for with an image that is not public.
 */
export const checkAlibabaSecurityEnhancement: PreflightRule = (payload, facts) => {
  const source = facts.image?.source;
  if (source === undefined || own(payload, 'SecurityEnhancementStrategy') !== 'Active' || ALIBABA_SECURITY_ENHANCEMENT_SOURCES.includes(source)) return [];
  return [{ finding: { rule: 'preflight/security-enhancement', severity: 'warning' }, path: ['SecurityEnhancementStrategy'] }];
};
