import { describe, expect, it } from 'vitest';
import { INSTANCE } from '../../../../test/guard/fixtures/jdcloud.ts';
import { jdInstanceFacts } from './jdInstanceFacts.ts';

describe('jdInstanceFacts', () => {
  it('reads the describeInstance example', () => {
    expect(jdInstanceFacts(INSTANCE, 'cn-north-1')).toEqual({
      state: 'stopped',
      systemDisk: { category: 'cloud', type: 'ssd.gp1', sizeGB: 40, encrypted: false },
      instanceType: 'g.n2.large',
      region: 'cn-north-1',
    });
    expect(jdInstanceFacts({ ...INSTANCE, osType: 'linux', platform: 'CentOS' }).os).toBe('linux');
  });

  it('reads a local system disk from localDisk, with no encryption', () => {
    const local = { diskCategory: 'local', localDisk: { diskType: 'ssd', diskSizeGB: 40 }, cloudDisk: { encrypted: true } };
    expect(jdInstanceFacts({ systemDisk: local }).systemDisk).toEqual({ category: 'local', type: 'ssd', sizeGB: 40 });
  });

  it('keeps an unknown state, and gives no OS for an unknown platform or disagreeing fields', () => {
    expect(jdInstanceFacts({ status: 'resizing', platform: 'Kylin' })).toEqual({ state: 'resizing' });
    expect(jdInstanceFacts({ osType: 'windows', platform: 'CentOS' }).os).toBeUndefined();
    expect(jdInstanceFacts({ osType: 'linux', platform: 'Rocky Linux' }).os).toBe('linux');
  });

  it('gives nothing for an empty instance, or an unknown disk category', () => {
    expect(jdInstanceFacts({})).toEqual({});
    expect(jdInstanceFacts({ systemDisk: { diskCategory: 'nvme', localDisk: { diskSizeGB: 4 } } })).toEqual({});
  });
});
