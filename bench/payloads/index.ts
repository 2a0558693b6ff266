import type { ApiPayloads } from './types.ts';
import { ALIBABA } from './alibaba.ts';
import { HUAWEI_CHANGE, HUAWEI_CHANGE_V1, HUAWEI_REINSTALL, HUAWEI_REINSTALL_V1 } from './huawei.ts';
import { JDCLOUD, JDCLOUD_103 } from './jdcloud.ts';
import { TENCENT, TENCENT_API2 } from './tencent.ts';
import { ZENLAYER } from './zenlayer.ts';

/**
 * The benchmark payloads of every API id. The benchmark iterates `apis` and fails on an id
 * without an entry here, so a newly registered API cannot silently go unmeasured.
 */
export const PAYLOADS: Readonly<Record<string, ApiPayloads>> = {
  'jdcloud.vm.rebuildInstance': JDCLOUD,
  'jdcloud.vm.rebuildInstance@1.0.3': JDCLOUD_103,
  'zenlayer.zec.ResetInstance': ZENLAYER,
  'tencent.cvm.ResetInstance': TENCENT,
  'tencent.cvm.ResetInstance@api2': TENCENT_API2,
  'alibaba.ecs.ReplaceSystemDisk': ALIBABA,
  'huawei.ecs.ReinstallServerWithCloudInit': HUAWEI_REINSTALL,
  'huawei.ecs.ChangeServerOsWithCloudInit': HUAWEI_CHANGE,
  'huawei.ecs.ReinstallServerWithoutCloudInit': HUAWEI_REINSTALL_V1,
  'huawei.ecs.ChangeServerOsWithoutCloudInit': HUAWEI_CHANGE_V1,
};
