import type { PreflightRule } from '../../../preflight/types.ts';
import type { TencentGeneration } from './tencentError.ts';
import { tencentError } from './tencentError.ts';
import { isPlainObject, own } from '../../../engine/spec/values.ts';
import { TENCENT_KEEP_IMAGE_LOGIN_ON, TENCENT_KEEP_IMAGE_LOGIN_SOURCES } from '../policies.ts';

const PATH = ['LoginSettings', 'KeepImageLogin'] as const;

/**
 * Creates the Tencent keep-image-login rule: `KeepImageLogin=TRUE` keeps the
 * image's own login settings, which only custom, shared and imported images
 * carry (the API page, `LoginSettings`; docs/vendors/tencent.md#credentials). No dedicated code: `InvalidParameterValue`.
 *
 * @param generation The API generation.
 *
 * @returns The preflight rule (needs `facts.image.source`).
 */
export function checkTencentKeepImageLogin(generation: TencentGeneration): PreflightRule {
  return (payload, facts) => {
    const source = facts.image?.source;
    const settings = own(payload, 'LoginSettings');
    const keep = isPlainObject(settings) ? own(settings, 'KeepImageLogin') : undefined;
    const keeps = typeof keep === 'string' && TENCENT_KEEP_IMAGE_LOGIN_ON.includes(keep);
    if (source === undefined || !keeps || TENCENT_KEEP_IMAGE_LOGIN_SOURCES.includes(source)) return [];
    return [
      {
        finding: { rule: 'preflight/keep-image-login', params: { source } },
        path: PATH,
        vendor: tencentError(generation, 'InvalidParameterValue', 'InvalidParameterValue'),
      },
    ];
  };
}
