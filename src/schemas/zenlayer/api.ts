import type { ApiSpec } from '../../engine/spec/api.ts';
import { RESET_INSTANCE } from './resetInstance.ts';
import { RESET_INSTANCE_ABOUT } from './resetInstanceAbout.ts';
import { ZENLAYER_ERROR_CODES } from './errorCodes.ts';
import { ZENLAYER_PREFLIGHT } from './preflight/zenlayerPreflight.ts';
import { ZENLAYER_INSTANCE_NAME, ZENLAYER_KEY_ID, ZENLAYER_PASSWORD, ZENLAYER_USERDATA_WARN_BYTES } from './policies.ts';

/**
 * Zenlayer ZEC `ResetInstance` (API 2.0): POST JSON body, action in the
 * `X-ZC-Action` header. No per-API rate is documented; throttling answers
 * HTTP 429 or `REQUEST_LIMIT_EXCEEDED` (docs/vendors/zenlayer.md#rate-limit).
 */
export const ZENLAYER_RESET_INSTANCE: ApiSpec<'zenlayer.zec.ResetInstance', 'zenlayer'> = {
  id: 'zenlayer.zec.ResetInstance',
  vendor: 'zenlayer',
  action: 'ResetInstance',
  endpoint: 'https://console.zenlayer.com/api/v2/zec',
  method: 'POST',
  wire: 'json',
  doc: 'https://docs.console.zenlayer.com/api/compute/zec/instance/resetinstance',
  source: 'Zenlayer ZEC ResetInstance, API 2.0 (English)',
  payload: RESET_INSTANCE,
  about: RESET_INSTANCE_ABOUT,
  formFactory: 'resetInstance',
  errorCodes: ZENLAYER_ERROR_CODES,
  policies: {
    password: { any: ZENLAYER_PASSWORD },
    identifiers: { keyId: ZENLAYER_KEY_ID },
    userdata: { path: ['userData'], policy: {}, base64: false, warnBytes: ZENLAYER_USERDATA_WARN_BYTES },
    instanceName: ZENLAYER_INSTANCE_NAME,
  },
  preflight: ZENLAYER_PREFLIGHT,
};
