import type { ApiPolicies, ApiSpec } from '../../engine/spec/api.ts';
import { REPLACE_SYSTEM_DISK } from './replaceSystemDisk.ts';
import { REPLACE_SYSTEM_DISK_ABOUT } from './replaceSystemDiskAbout.ts';
import { ALIBABA_INSTANCE_ID, ALIBABA_PASSWORD, ALIBABA_SIGNATURE_PARAMETERS } from './policies.ts';
import { ALIBABA_ERROR_CODES } from './errorCodes.ts';
import { alibabaPreflight } from './preflight/alibabaPreflight.ts';

const POLICIES: ApiPolicies = {
  password: ALIBABA_PASSWORD,
  identifiers: { InstanceId: ALIBABA_INSTANCE_ID },
};

/**
 * Alibaba Cloud ECS `ReplaceSystemDisk` (`2014-05-26`, RPC style): every parameter a flat `name=value`
 * pair in the query or a form body, objects flattened with `.` and lists from 1. Signature v1 adds its
 * common parameters to the query, which the decoder drops; v3 sends them as headers
 * (docs/vendors/alibaba.md#wire-format).
 */
export const ALIBABA_REPLACE_SYSTEM_DISK: ApiSpec<'alibaba.ecs.ReplaceSystemDisk', 'alibaba'> = {
  id: 'alibaba.ecs.ReplaceSystemDisk',
  vendor: 'alibaba',
  action: 'ReplaceSystemDisk',
  version: '2014-05-26',
  endpoint: 'https://ecs.aliyuncs.com/',
  method: 'POST',
  wire: 'query',
  doc: 'https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-replacesystemdisk',
  source: 'Alibaba Cloud ECS ReplaceSystemDisk, API 2014-05-26 (English and Chinese)',
  payload: REPLACE_SYSTEM_DISK,
  about: REPLACE_SYSTEM_DISK_ABOUT,
  formFactory: 'replaceSystemDisk',
  errorCodes: ALIBABA_ERROR_CODES,
  policies: POLICIES,
  transportParameters: ALIBABA_SIGNATURE_PARAMETERS,
  preflight: alibabaPreflight(),
};
