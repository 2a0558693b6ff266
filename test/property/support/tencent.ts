import { fc } from '@fast-check/vitest';
import type { Os } from '../../../src/rules/finding.ts';
import {
  TENCENT_DISK_NAME,
  TENCENT_HOSTNAME,
  TENCENT_KEEP_IMAGE_LOGIN,
  TENCENT_KEY_IDS,
  TENCENT_PASSWORD,
  TENCENT_USERDATA,
} from '../../../src/schemas/tencent/policies.ts';
import { DIGITS, LOWER, stringOf, validHostname, validPassword } from './strings.ts';

/** The OS a payload is drawn for; `undefined` = unknown, so the payload must pass for both. */
export type TargetOs = Os | undefined;

/** The strictest policy a payload must meet when the OS is unknown: Windows' (its sets are subsets of Linux's). */
const policyOs = (os: TargetOs): Os => os ?? 'windows';

const id = (prefix: string): fc.Arbitrary<string> => stringOf(LOWER + DIGITS, 8, 8).map((body) => prefix + body);

/**
 * Creates an arbitrary of valid Tencent `ResetInstance` payloads, built from the policies.
 *
 * @param os The target OS.
 * @param api2 Whether to draw the legacy API 2.0 parameter set.
 *
 * @returns The arbitrary.
 */
export function validTencentPayload(os: TargetOs, api2 = false): fc.Arbitrary<Record<string, unknown>> {
  const password = validPassword(TENCENT_PASSWORD[policyOs(os)]);
  const login = fc.oneof(
    password.map((Password) => ({ Password })),
    fc.constantFrom(...TENCENT_KEEP_IMAGE_LOGIN).map((KeepImageLogin) => ({ KeepImageLogin })),
    password.map((Password) => ({ Password, KeepImageLogin: 'FALSE' })),
    ...(os === 'linux' ? [fc.array(id('skey-'), { minLength: 1, maxLength: TENCENT_KEY_IDS.max, size: 'small' }).map((KeyIds) => ({ KeyIds }))] : []),
  );
  const flag = fc.record({ Enabled: fc.boolean() });
  const services = api2
    ? fc.record({ SecurityService: flag, MonitorService: flag }, { requiredKeys: [] })
    : fc.record({ SecurityService: flag, MonitorService: flag, AutomationService: flag }, { requiredKeys: [] });
  const maxUserDataBytes = ((TENCENT_USERDATA.maxEncodedLength ?? 0) / 4) * 3;
  const api3Only = api2
    ? {}
    : {
        HostName: validHostname(TENCENT_HOSTNAME[policyOs(os)]),
        UserData: fc
          .oneof(fc.uint8Array({ maxLength: 64 }), fc.constant(new Uint8Array(maxUserDataBytes).fill(0xfb)))
          .map((bytes) => Buffer.from(bytes).toString('base64')),
      };
  return fc.record(
    {
      Action: fc.constant('ResetInstance'),
      Version: fc.constant('2017-03-12'),
      Region: fc.constantFrom('ap-guangzhou', 'ap-shanghai', 'na-siliconvalley'),
      InstanceId: id('ins-'),
      ImageId: id('img-'),
      SystemDisk: fc.record(
        { DiskSize: fc.integer({ min: 1, max: 16384 }), DiskName: fc.string({ unit: 'binary', maxLength: TENCENT_DISK_NAME.maxLength }) },
        { requiredKeys: ['DiskSize'] },
      ),
      LoginSettings: login,
      EnhancedService: services,
      ...api3Only,
    },
    { requiredKeys: ['InstanceId'] },
  );
}
