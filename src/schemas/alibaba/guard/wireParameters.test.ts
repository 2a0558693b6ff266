import { ReplaceSystemDiskRequest, ReplaceSystemDiskRequestSystemDisk } from '@alicloud/ecs20140526';
import { describe, expect, it } from 'vitest';
import { wireParameters } from './wireParameters.ts';

describe('wireParameters', () => {
  it("reads an SDK model under its wire names, flattened from 1, as text, unset fields left out", () => {
    const request = new ReplaceSystemDiskRequest({
      instanceId: 'i-bp67acfmxazb4ph1qxyz',
      KMSKeyId: 'e522b26d',
      password: '',
      passwordInherit: false,
      systemDisk: new ReplaceSystemDiskRequestSystemDisk({ size: 80 }),
      arn: [{ roleType: 'service', assumeRoleFor: 0 }],
      diskId: undefined,
    });
    expect(wireParameters(request)).toEqual({
      InstanceId: 'i-bp67acfmxazb4ph1qxyz',
      KMSKeyId: 'e522b26d',
      Password: '',
      PasswordInherit: 'false',
      'SystemDisk.Size': '80',
      'Arn.1.RoleType': 'service',
      'Arn.1.AssumeRoleFor': '0',
    });
  });

  it('keeps what the SDK would send unchecked as it is: a string boolean, a fractional size', () => {
    const request = new ReplaceSystemDiskRequest({ instanceId: 'i-1', passwordInherit: 'yes' });
    request.systemDisk = new ReplaceSystemDiskRequestSystemDisk({ size: 40.5 });
    expect(wireParameters(request)).toEqual({ InstanceId: 'i-1', PasswordInherit: 'yes', 'SystemDisk.Size': '40.5' });
  });

  it('reads an object that is no SDK model by its own keys, and anything else as no parameters', () => {
    expect(wireParameters({ instanceId: 'i-1', SystemDisk: { Size: 20 } })).toEqual({ instanceId: 'i-1', 'SystemDisk.Size': '20' });
    expect(wireParameters(null)).toEqual({});
    expect(wireParameters(['i-1'])).toEqual({});
  });
});
