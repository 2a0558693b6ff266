import type { ApiPolicies, ApiSpec } from '../../engine/spec/api.ts';
import { REBUILD_INSTANCE, REBUILD_INSTANCE_103 } from './rebuildInstance.ts';
import { REBUILD_INSTANCE_103_ABOUT, REBUILD_INSTANCE_ABOUT } from './rebuildInstanceAbout.ts';
import { JD_103_ERROR_CODES, JD_ERROR_CODES } from './errorCodes.ts';
import { JD_PREFLIGHT } from './preflight/jdPreflight.ts';
import { JD_FRAMING, JD_HOSTNAME, JD_IMAGE_ID, JD_INSTANCE_ID, JD_KEY_NAME, JD_METADATA, JD_PASSWORD, JD_REGION_ID, JD_USERDATA } from './policies.ts';

const IDENTIFIERS = { regionId: JD_REGION_ID, instanceId: JD_INSTANCE_ID, imageId: JD_IMAGE_ID, 'keyNames[n]': JD_KEY_NAME };

const POLICIES: ApiPolicies = {
  password: { any: JD_PASSWORD },
  hostname: JD_HOSTNAME,
  identifiers: IDENTIFIERS,
  userdata: { path: ['userdata', 0, 'value'], policy: JD_USERDATA, base64: true },
  framing: JD_FRAMING,
  metadata: JD_METADATA,
};

/**
 * JD Cloud VM `rebuildInstance` v1: POST JSON body, path parameters
 * `regionId` and `instanceId`. No rate limit is documented (docs/vendors/jdcloud.md#rate-limit).
 * The doc address follows the API-page links the page itself prints (`.../virtual-machines/api/describeimages`).
 */
export const JDCLOUD_REBUILD_INSTANCE: ApiSpec<'jdcloud.vm.rebuildInstance', 'jdcloud'> = {
  id: 'jdcloud.vm.rebuildInstance',
  vendor: 'jdcloud',
  action: 'rebuildInstance',
  version: 'v1',
  endpoint: 'https://vm.jdcloud-api.com/v1/regions/{regionId}/instances/{instanceId}:rebuildInstance',
  method: 'POST',
  wire: 'json',
  doc: 'https://docs.jdcloud.com/virtual-machines/api/rebuildinstance',
  source: 'JD Cloud rebuildInstance API page, v1 (Chinese)',
  payload: REBUILD_INSTANCE,
  about: REBUILD_INSTANCE_ABOUT,
  formFactory: 'rebuildInstance',
  errorCodes: JD_ERROR_CODES,
  policies: POLICIES,
  preflight: JD_PREFLIGHT,
};

/**
 * JD Cloud `rebuildInstance` per the "1.0.3" English doc. The doc prints
 * `/1.0.3/` in the URL, but every SDK sends `/v1/`: "1.0.3" is a doc revision
 * label, not a wire version (docs/vendors/jdcloud.md#wire-format). The page is
 * the English docs' copy (`jdcloudcom/en` at `955ba822`, source JD-EN there).
 */
export const JDCLOUD_REBUILD_INSTANCE_103: ApiSpec<'jdcloud.vm.rebuildInstance@1.0.3', 'jdcloud'> = {
  id: 'jdcloud.vm.rebuildInstance@1.0.3',
  vendor: 'jdcloud',
  action: 'rebuildInstance',
  version: 'v1',
  endpoint: 'https://vm.jdcloud-api.com/v1/regions/{regionId}/instances/{instanceId}:rebuildInstance',
  method: 'POST',
  wire: 'json',
  doc: 'https://github.com/jdcloudcom/en/blob/955ba822/API/Virtual-Machines/VM/rebuildInstance.md',
  source: 'JD Cloud rebuildInstance, "1.0.3" page (English)',
  payload: REBUILD_INSTANCE_103,
  about: REBUILD_INSTANCE_103_ABOUT,
  formFactory: 'rebuildInstance103',
  errorCodes: JD_103_ERROR_CODES,
  policies: { password: { any: JD_PASSWORD }, identifiers: IDENTIFIERS },
  preflight: JD_PREFLIGHT,
};
