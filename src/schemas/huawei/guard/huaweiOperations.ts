import type { ApiId } from '../../../apis.ts';
import type { HuaweiBodyMember } from '../preflight/huaweiBody.ts';
import type { HuaweiGuardedMethod } from './types.ts';

/** One guarded method: the API it calls and the member its body sits under. */
export interface HuaweiOperation {
  /** The API id its requests are validated as. */
  readonly api: ApiId;
  /** `os-reinstall` or `os-change`. */
  readonly member: HuaweiBodyMember;
}

/** Each guarded `EcsClient` method with its API (the SDK's `v2/EcsClient.js` paths, docs/vendors/huawei.md#body-shapes). */
export const HUAWEI_OPERATIONS: Readonly<Record<HuaweiGuardedMethod, HuaweiOperation>> = {
  reinstallServerWithCloudInit: { api: 'huawei.ecs.ReinstallServerWithCloudInit', member: 'os-reinstall' },
  changeServerOsWithCloudInit: { api: 'huawei.ecs.ChangeServerOsWithCloudInit', member: 'os-change' },
  reinstallServerWithoutCloudInit: { api: 'huawei.ecs.ReinstallServerWithoutCloudInit', member: 'os-reinstall' },
  changeServerOsWithoutCloudInit: { api: 'huawei.ecs.ChangeServerOsWithoutCloudInit', member: 'os-change' },
};
