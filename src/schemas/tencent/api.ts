import type { ApiPolicies, ApiSpec } from '../../engine/spec/api.ts';
import { RESET_INSTANCE, RESET_INSTANCE_API2 } from './resetInstance.ts';
import { RESET_INSTANCE_ABOUT, RESET_INSTANCE_API2_ABOUT } from './resetInstanceAbout.ts';
import {
  TENCENT_HOSTNAME,
  TENCENT_IMAGE_ID,
  TENCENT_INSTANCE_ID,
  TENCENT_KEY_ID,
  TENCENT_PASSWORD,
  TENCENT_SIGNATURE_PARAMETERS,
  TENCENT_USERDATA,
} from './policies.ts';
import { TENCENT_API2_ERROR_CODES, TENCENT_ERROR_CODES } from './errorCodes.ts';
import { tencentPreflight } from './preflight/tencentPreflight.ts';

const IDENTIFIERS = { InstanceId: TENCENT_INSTANCE_ID, ImageId: TENCENT_IMAGE_ID, 'LoginSettings.KeyIds[n]': TENCENT_KEY_ID };

const POLICIES: ApiPolicies = {
  password: TENCENT_PASSWORD,
  hostname: TENCENT_HOSTNAME,
  identifiers: IDENTIFIERS,
  userdata: { path: ['UserData'], policy: TENCENT_USERDATA, base64: true },
};

/** Tencent CVM `ResetInstance`, API 3.0: JSON body with `X-TC-Action`, or GET/POST form with flattened keys. */
export const TENCENT_RESET_INSTANCE: ApiSpec<'tencent.cvm.ResetInstance', 'tencent'> = {
  id: 'tencent.cvm.ResetInstance',
  vendor: 'tencent',
  action: 'ResetInstance',
  version: '2017-03-12',
  endpoint: 'https://cvm.tencentcloudapi.com/',
  method: 'POST',
  wire: 'json-or-query',
  doc: 'https://www.tencentcloud.com/document/api/213/33242',
  source: 'Tencent CVM ResetInstance, API 3.0 (English)',
  rateLimit: { perSecond: 10, code: 'RequestLimitExceeded' },
  payload: RESET_INSTANCE,
  about: RESET_INSTANCE_ABOUT,
  formFactory: 'resetInstance',
  errorCodes: TENCENT_ERROR_CODES,
  policies: POLICIES,
  preflight: tencentPreflight('api3'),
  transportParameters: TENCENT_SIGNATURE_PARAMETERS,
};

/**
 * Tencent CVM `ResetInstance` through the legacy API 2.0: query string on `cvm.api.qcloud.com`. The doc
 * is the legacy page itself, not the API 3.0 index it links to (docs/vendors/tencent.md#sources).
 */
export const TENCENT_RESET_INSTANCE_API2: ApiSpec<'tencent.cvm.ResetInstance@api2', 'tencent'> = {
  id: 'tencent.cvm.ResetInstance@api2',
  vendor: 'tencent',
  action: 'ResetInstance',
  version: '2017-03-12',
  endpoint: 'https://cvm.api.qcloud.com/v2/index.php',
  method: 'GET',
  wire: 'query',
  doc: 'https://cloud.tencent.com/document/api/213/9398',
  source: 'Tencent CVM ResetInstance, legacy API 2.0 (Chinese)',
  payload: RESET_INSTANCE_API2,
  about: RESET_INSTANCE_API2_ABOUT,
  formFactory: 'resetInstanceApi2',
  errorCodes: TENCENT_API2_ERROR_CODES,
  policies: { password: TENCENT_PASSWORD, identifiers: IDENTIFIERS },
  preflight: tencentPreflight('api2'),
  transportParameters: TENCENT_SIGNATURE_PARAMETERS,
};
