import type { ApiSpec } from './engine/spec/api.ts';
import { ALIBABA_REPLACE_SYSTEM_DISK } from './schemas/alibaba/api.ts';
import {
  HUAWEI_CHANGE_SERVER_OS_WITH_CLOUD_INIT,
  HUAWEI_CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT,
  HUAWEI_REINSTALL_SERVER_WITH_CLOUD_INIT,
  HUAWEI_REINSTALL_SERVER_WITHOUT_CLOUD_INIT,
} from './schemas/huawei/api.ts';
import { JDCLOUD_REBUILD_INSTANCE, JDCLOUD_REBUILD_INSTANCE_103 } from './schemas/jdcloud/api.ts';
import { TENCENT_RESET_INSTANCE, TENCENT_RESET_INSTANCE_API2 } from './schemas/tencent/api.ts';
import { ZENLAYER_RESET_INSTANCE } from './schemas/zenlayer/api.ts';

/** Every API this library checks. */
export const apis = [
  JDCLOUD_REBUILD_INSTANCE,
  JDCLOUD_REBUILD_INSTANCE_103,
  ZENLAYER_RESET_INSTANCE,
  TENCENT_RESET_INSTANCE,
  TENCENT_RESET_INSTANCE_API2,
  ALIBABA_REPLACE_SYSTEM_DISK,
  HUAWEI_REINSTALL_SERVER_WITH_CLOUD_INIT,
  HUAWEI_CHANGE_SERVER_OS_WITH_CLOUD_INIT,
  HUAWEI_REINSTALL_SERVER_WITHOUT_CLOUD_INIT,
  HUAWEI_CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT,
] as const;

/** The id of an API this library checks. */
export type ApiId = (typeof apis)[number]['id'];

/** The vendors covered: the vendor of each API this library checks. */
export type Vendor = (typeof apis)[number]['vendor'];

/**
 * Finds an API by id.
 *
 * @param id The API id.
 *
 * @returns The API spec, or `undefined` for an unknown id.
 */
export function findApi(id: string): ApiSpec | undefined {
  return apis.find((api) => api.id === id);
}
