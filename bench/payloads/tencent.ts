import type { ApiPayloads } from './types.ts';
import { asReceived, longHostname, randomBase64 } from './strings.ts';
import { TENCENT_USERDATA } from '../../src/schemas/tencent/policies.ts';

const USERDATA_CAP = TENCENT_USERDATA.maxEncodedLength ?? 16384;

const typical = {
  InstanceId: 'ins-r8hr2upy',
  ImageId: 'img-pmqg1cw7',
  SystemDisk: { DiskSize: 50 },
  LoginSettings: { Password: 'Qcloud@TestApi123++' },
  EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: true } },
};

/**
 * Six issues: a short InstanceId, a one-class password, a hostname with `..`, DiskSize 0, a
 * string where `Enabled` wants a boolean, and an unknown parameter.
 */
const invalid = {
  InstanceId: 'ins-1122',
  SystemDisk: { DiskSize: 0 },
  LoginSettings: { Password: 'abcdefgh' },
  EnhancedService: { MonitorService: { Enabled: 'yes' } },
  HostName: 'web..01',
  Placement: { Zone: 'ap-guangzhou-3' },
};

/** Tencent API 3.0 `ResetInstance` payloads; `UserData` caps at 16384 encoded characters. */
export const TENCENT: ApiPayloads = {
  os: 'linux',
  typical: asReceived({ ...typical, HostName: 'web-01.prod' }),
  userDataAtCap: asReceived({ ...typical, HostName: 'web-01.prod', UserData: randomBase64(USERDATA_CAP) }),
  invalid: asReceived(invalid),
  invalidIssues: 6,
  hugeHostname: (chars) => asReceived({ ...typical, HostName: longHostname(chars) }),
  hugeUserData: (chars) => asReceived({ ...typical, UserData: randomBase64(chars) }),
};

/** Tencent legacy API 2.0 payloads: no `HostName`, no `UserData`, so (b) and (d) do not apply. */
export const TENCENT_API2: ApiPayloads = {
  os: 'linux',
  typical: asReceived(typical),
  userDataAtCap: undefined,
  invalid: asReceived({ ...invalid, HostName: undefined, ImageId: 'image-1' }),
  invalidIssues: 6,
  hugeHostname: undefined,
  hugeUserData: undefined,
};
