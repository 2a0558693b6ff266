import type { ApiPolicies, ApiSpec } from '../../engine/spec/api.ts';
import {
  CHANGE_SERVER_OS_WITH_CLOUD_INIT,
  CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT,
  REINSTALL_SERVER_WITH_CLOUD_INIT,
  REINSTALL_SERVER_WITHOUT_CLOUD_INIT,
} from './serverOs.ts';
import {
  CHANGE_SERVER_OS_WITH_CLOUD_INIT_ABOUT,
  CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT_ABOUT,
  REINSTALL_SERVER_WITH_CLOUD_INIT_ABOUT,
  REINSTALL_SERVER_WITHOUT_CLOUD_INIT_ABOUT,
} from './serverOsAbout.ts';
import { HUAWEI_ERROR_CODES } from './errorCodes.ts';
import { HUAWEI_CMK_ID, HUAWEI_PASSWORD, HUAWEI_USERDATA } from './policies.ts';
import { huaweiPreflight } from './preflight/huaweiPreflight.ts';

/** The identifier policies the docs tables print: `ApiPolicies.identifiers` holds prefix-and-alphabet policies only, so the UUID and hex ids (checkHexIdentifier) are described in the about texts instead. */
const IDENTIFIERS = (body: string) => ({ [`${body}.metadata.__system__cmkid`]: HUAWEI_CMK_ID });

/** The policies of one body: the password per OS, the key id, and on v2 the user data (`metadata.user_data`, Base64, 32768 bytes before encoding). */
const policies = (body: 'os-reinstall' | 'os-change', userData: boolean): ApiPolicies => ({
  password: HUAWEI_PASSWORD,
  identifiers: IDENTIFIERS(body),
  ...(userData ? { userdata: { path: [body, 'metadata', 'user_data'], policy: HUAWEI_USERDATA, base64: true } } : {}),
});

const ENDPOINT = 'https://ecs.{region}.myhuaweicloud.com';

/**
 * Huawei Cloud ECS `ReinstallServerWithCloudInit`: `POST /v2/{project_id}/cloudservers/{server_id}/reinstallos`,
 * JSON body `os-reinstall`, for images with Cloud-Init or Cloudbase-Init. Asynchronous (answers a `job_id`); no
 * rate limit is documented (docs/vendors/huawei.md#rate-limit).
 */
export const HUAWEI_REINSTALL_SERVER_WITH_CLOUD_INIT: ApiSpec<'huawei.ecs.ReinstallServerWithCloudInit', 'huawei'> = {
  id: 'huawei.ecs.ReinstallServerWithCloudInit',
  vendor: 'huawei',
  action: 'ReinstallServerWithCloudInit',
  version: 'v2',
  endpoint: `${ENDPOINT}/v2/{project_id}/cloudservers/{server_id}/reinstallos`,
  method: 'POST',
  wire: 'json',
  doc: 'https://support.huaweicloud.com/intl/en-us/api-ecs/ecs_02_0201.html',
  source: 'Huawei Cloud ECS API reference, Reinstalling an ECS OS (Using an Image with Cloud-Init Installed)',
  payload: REINSTALL_SERVER_WITH_CLOUD_INIT,
  about: REINSTALL_SERVER_WITH_CLOUD_INIT_ABOUT,
  formFactory: 'reinstallServerWithCloudInit',
  errorCodes: HUAWEI_ERROR_CODES,
  policies: policies('os-reinstall', true),
  preflight: huaweiPreflight('os-reinstall', true),
};

/** Huawei Cloud ECS `ChangeServerOsWithCloudInit`: `POST /v2/{project_id}/cloudservers/{server_id}/changeos`, JSON body `os-change` with `imageid`. */
export const HUAWEI_CHANGE_SERVER_OS_WITH_CLOUD_INIT: ApiSpec<'huawei.ecs.ChangeServerOsWithCloudInit', 'huawei'> = {
  id: 'huawei.ecs.ChangeServerOsWithCloudInit',
  vendor: 'huawei',
  action: 'ChangeServerOsWithCloudInit',
  version: 'v2',
  endpoint: `${ENDPOINT}/v2/{project_id}/cloudservers/{server_id}/changeos`,
  method: 'POST',
  wire: 'json',
  doc: 'https://support.huaweicloud.com/intl/en-us/api-ecs/ecs_02_0202.html',
  source: 'Huawei Cloud ECS API reference, Changing an ECS OS (Using an Image with Cloud-Init Installed)',
  payload: CHANGE_SERVER_OS_WITH_CLOUD_INIT,
  about: CHANGE_SERVER_OS_WITH_CLOUD_INIT_ABOUT,
  formFactory: 'changeServerOsWithCloudInit',
  errorCodes: HUAWEI_ERROR_CODES,
  policies: policies('os-change', true),
  preflight: huaweiPreflight('os-change', true),
};

/** Huawei Cloud ECS `ReinstallServerWithoutCloudInit`: `POST /v1/{project_id}/cloudservers/{server_id}/reinstallos`, for images without Cloud-Init. */
export const HUAWEI_REINSTALL_SERVER_WITHOUT_CLOUD_INIT: ApiSpec<'huawei.ecs.ReinstallServerWithoutCloudInit', 'huawei'> = {
  id: 'huawei.ecs.ReinstallServerWithoutCloudInit',
  vendor: 'huawei',
  action: 'ReinstallServerWithoutCloudInit',
  version: 'v1',
  endpoint: `${ENDPOINT}/v1/{project_id}/cloudservers/{server_id}/reinstallos`,
  method: 'POST',
  wire: 'json',
  doc: 'https://support.huaweicloud.com/eu/api-ecs/ecs_02_0203.html',
  source: 'Huawei Cloud ECS API reference, Reinstalling an ECS OS (Using an Image Without Cloud-Init Installed)',
  payload: REINSTALL_SERVER_WITHOUT_CLOUD_INIT,
  about: REINSTALL_SERVER_WITHOUT_CLOUD_INIT_ABOUT,
  formFactory: 'reinstallServerWithoutCloudInit',
  errorCodes: HUAWEI_ERROR_CODES,
  policies: policies('os-reinstall', false),
  preflight: huaweiPreflight('os-reinstall', false),
};

/** Huawei Cloud ECS `ChangeServerOsWithoutCloudInit`: `POST /v1/{project_id}/cloudservers/{server_id}/changeos`, for images without Cloud-Init. */
export const HUAWEI_CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT: ApiSpec<'huawei.ecs.ChangeServerOsWithoutCloudInit', 'huawei'> = {
  id: 'huawei.ecs.ChangeServerOsWithoutCloudInit',
  vendor: 'huawei',
  action: 'ChangeServerOsWithoutCloudInit',
  version: 'v1',
  endpoint: `${ENDPOINT}/v1/{project_id}/cloudservers/{server_id}/changeos`,
  method: 'POST',
  wire: 'json',
  doc: 'https://support.huaweicloud.com/api-ecs/ecs_02_0204.html',
  source: 'Huawei Cloud ECS API reference, Changing an ECS OS (Using an Image Without Cloud-Init Installed), Chinese',
  payload: CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT,
  about: CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT_ABOUT,
  formFactory: 'changeServerOsWithoutCloudInit',
  errorCodes: HUAWEI_ERROR_CODES,
  policies: policies('os-change', false),
  preflight: huaweiPreflight('os-change', false),
};
