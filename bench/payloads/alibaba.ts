import type { ApiPayloads } from './types.ts';
import { asReceived } from './strings.ts';

const typical = {
  InstanceId: 'i-bp67acfmxazb4ph1qxyz',
  ImageId: 'm-bp67acfmxazb4ph1abcd',
  Password: 'EcsV587!',
  SystemDisk: { Size: 80 },
  ClientToken: '123e4567-e89b-12d3-a456-426655440000',
  SecurityEnhancementStrategy: 'Deactive',
};

/**
 * Alibaba Cloud ECS `ReplaceSystemDisk` payloads. It takes no user data and no hostname: (b), (d1)
 * and (d2) do not apply.
 */
export const ALIBABA: ApiPayloads = {
  os: 'linux',
  typical: asReceived(typical),
  userDataAtCap: undefined,
  invalid: asReceived({
    ...typical,
    Password: 'short',
    PasswordInherit: true,
    DiskId: 'd-bp67acfmxazb4ph1efgh',
    SystemDisk: { Size: 4096 },
    SecurityEnhancementStrategy: 'active',
  }),
  invalidIssues: 7,
  hugeHostname: undefined,
  hugeUserData: undefined,
};
