import type { ApiPayloads } from './types.ts';
import { asReceived, longHostname, randomBase64 } from './strings.ts';
import { ZENLAYER_USERDATA_WARN_BYTES } from '../../src/schemas/zenlayer/policies.ts';

const typical = {
  instanceId: '1234567890123456789',
  imageId: 'ubuntu_22_04_x64',
  password: 'Zl8x~pass9',
  timezone: 'Asia/Shanghai',
  enableAgent: true,
  instanceName: 'web-01',
};

/**
 * Zenlayer ZEC `ResetInstance` payloads. It has no hostname: (d1) uses `instanceName`, the only
 * length-limited name. `userData` is opaque text whose size only warns, so (d2) expects that warning.
 */
export const ZENLAYER: ApiPayloads = {
  os: 'linux',
  typical: asReceived(typical),
  userDataAtCap: asReceived({ ...typical, userData: `#!/bin/bash\n${'echo ok\n'.repeat(2048)}`.slice(0, ZENLAYER_USERDATA_WARN_BYTES) }),
  invalid: asReceived({
    ...typical,
    password: 'short',
    keyId: 'key-YWD2QFOl',
    instanceName: 'a',
    enableAgent: 'yes',
    hostName: 'web-01',
  }),
  invalidIssues: 6,
  hugeHostname: (chars) => asReceived({ ...typical, instanceName: longHostname(chars) }),
  hugeUserData: (chars) => asReceived({ ...typical, userData: randomBase64(chars) }),
};
