import type { ApiSpec } from '../../engine/spec/api.ts';
import { RESET_INSTANCE } from './resetInstance.ts';
import { RESET_INSTANCE_ABOUT } from './resetInstanceAbout.ts';
import { ZENLAYER_PREFLIGHT } from './preflight/zenlayerPreflight.ts';

/**
 * Zenlayer ZEC `ResetInstance` (API 2.0): POST JSON body, action in the
 * `X-ZC-Action` header. No per-API rate is documented; throttling answers
 * HTTP 429 or `REQUEST_LIMIT_EXCEEDED` (docs/vendors/zenlayer.md#rate-limit).
 */
export const ZENLAYER_RESET_INSTANCE: ApiSpec<'zenlayer.zec.ResetInstance'> = {
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
  preflight: ZENLAYER_PREFLIGHT,
};
