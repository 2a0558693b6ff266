import type { PreflightFinding, PreflightRule } from '../../../preflight/types.ts';
import { isPresent, own } from '../../../engine/spec/values.ts';
import { ZENLAYER_NO_CREDENTIAL_CATEGORIES, ZENLAYER_PRECONDITION_ERRORS as ERRORS } from '../policies.ts';

/**
 * Zenlayer login rules: `enableAgent: true` only on an image with QGA support
 * (400 `INVALID_IMAGE_AGENT_NOT_SUPPORT`); Windows and Generic images (or an
 * image that says it supports no password or no key) take no password (400
 * `INVALID_IMAGE_PASSWORD_NOT_SUPPORT`) and no key (400
 * `INVALID_IMAGE_KEY_PAIR_NOT_SUPPORT`). Needs the image's category or support flags.
 *
 * @param payload The payload.
 * @param facts The facts.
 *
 * @returns The findings, at the parameter to remove.
 */
export const checkZenlayerLogin: PreflightRule = (payload, facts) => {
  const image = facts.image;
  const out: PreflightFinding[] = [];
  if (own(payload, 'enableAgent') === true && image?.supportsAgent === false) {
    out.push({ finding: { rule: 'preflight/agent', params: {} }, path: ['enableAgent'], vendor: ERRORS.agent });
  }
  const noCredential = image?.category !== undefined && ZENLAYER_NO_CREDENTIAL_CATEGORIES.includes(image.category.toLowerCase());
  if (isPresent(own(payload, 'password')) && (noCredential || image?.supportsPassword === false)) {
    out.push({ finding: { rule: 'credentials/unsupported', params: { name: 'password' } }, path: ['password'], vendor: ERRORS.password });
  }
  if (isPresent(own(payload, 'keyId')) && (noCredential || image?.supportsKeyPair === false)) {
    out.push({ finding: { rule: 'credentials/unsupported', params: { name: 'keyId' } }, path: ['keyId'], vendor: ERRORS.keyPair });
  }
  return out;
};
