import { describe, expect, it } from 'vitest';
import { INSTANCE } from '../../../../test/guard/fixtures/zenlayer.ts';
import { zenlayerInstanceFacts } from './zenlayerInstanceFacts.ts';

describe('zenlayerInstanceFacts', () => {
  it('reads the DescribeInstances model', () => {
    expect(zenlayerInstanceFacts(INSTANCE)).toEqual({
      state: 'STOPPED',
      systemDisk: { category: 'cloud', type: 'Standard NVMe SSD', sizeGB: 20 },
      instanceType: 'z2a.cpu.1',
    });
  });

  it('keeps an unknown state and gives no OS (InstanceInfo has no OS field)', () => {
    expect(zenlayerInstanceFacts({ status: 'REINSTALL_FAILED' })).toEqual({ state: 'REINSTALL_FAILED' });
  });
});
