import { describe, expect, it } from 'vitest';
import { ALIBABA_REPLACE_SYSTEM_DISK } from '../api.ts';
import { alibabaPreflight } from './alibabaPreflight.ts';

describe('alibabaPreflight', () => {
  it('gives the API record its rules, each silent without facts', () => {
    expect(ALIBABA_REPLACE_SYSTEM_DISK.preflight).toHaveLength(alibabaPreflight().length);
    const payload = { InstanceId: 'i-bp67acfmxazb4ph1qxyz', ImageId: 'm-bp67acfmxazb4ph1abcd', SystemDisk: { Size: 10 }, SecurityEnhancementStrategy: 'Active' };
    expect(alibabaPreflight().flatMap((rule) => rule(payload, {}))).toEqual([]);
  });
});
