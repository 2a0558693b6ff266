import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { apis } from '../../src/apis.ts';
import type { Os } from '../../src/rules/finding.ts';
import { encodeUserdata } from '../../src/helpers/encodeUserdata.ts';
import { generatePassword } from '../../src/helpers/generatePassword.ts';
import { HUAWEI_USERDATA } from '../../src/schemas/huawei/policies.ts';
import { validate } from '../../src/validate.ts';
import { numRuns } from './support/numRuns.ts';

const OSES: readonly (Os | undefined)[] = ['linux', 'windows', undefined];
const HUAWEI = apis.filter((api) => api.vendor === 'huawei');
const PATH = { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8' };
const IMAGE = '67f433d8-ed0e-4321-a8a2-a71838539e09';

// Written out from docs/vendors/huawei.md#admin-name: every 3-character run of both administrator names and of
// their reverses, compared without case.
const runs = (name: string) => Array.from({ length: name.length - 2 }, (_, index) => name.slice(index, index + 3).toLowerCase());
const ADMIN_RUNS = ['root', 'toor', 'Administrator', 'rotartsinimdA'].flatMap(runs);

/** A seeded random source, so each run is reproducible from fast-check's seed. */
const seeded = (seed: number) => {
  let state = seed >>> 0 || 1;
  return (cells: Uint32Array): Uint32Array => {
    for (let index = 0; index < cells.length; index++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      cells[index] = state >>> 0;
    }
    return cells;
  };
};

describe('generatePassword and the administrator names', () => {
  test.prop([fc.integer(), fc.constantFrom(...apis.map((api) => api.id)), fc.constantFrom(...OSES), fc.integer({ min: 8, max: 30 })], { numRuns: numRuns(1500) })(
    'no API’s password holds 3 consecutive characters of root, Administrator or their reverses, in any case, nor starts with /',
    (seed, api, os, length) => {
      const password = generatePassword(os ? { api, os } : { api }, { random: seeded(seed), length }).toLowerCase();
      for (const run of ADMIN_RUNS) expect(password.includes(run), run).toBe(false);
      expect(password.startsWith('/')).toBe(false);
    },
  );

  test.prop([fc.integer(), fc.constantFrom(...HUAWEI), fc.constantFrom(...OSES)], { numRuns: numRuns(500) })(
    'a Huawei password passes validate() without any issue, warnings included',
    (seed, api, os) => {
      const adminpass = generatePassword(os ? { api: api.id, os } : { api: api.id }, { random: seeded(seed) });
      const body = api.action.startsWith('Change') ? { imageid: IMAGE, adminpass } : { adminpass };
      const member = api.action.startsWith('Change') ? 'os-change' : 'os-reinstall';
      expect(validate(api.id, { ...PATH, [member]: body }, os ? { os } : {}).issues).toEqual([]);
    },
  );
});

describe('encodeUserdata with Huawei’s limit', () => {
  const limit = HUAWEI_USERDATA.maxDecodedBytes ?? 0;

  test('takes the limit and the path from the API record: 32768 bytes before encoding pass, one more fails', () => {
    const target = { api: 'huawei.ecs.ReinstallServerWithCloudInit', os: 'linux' } as const;
    const fits = encodeUserdata(`#!/bin/bash\n${'e'.repeat(limit - 12)}`, target);
    expect(fits.ok).toBe(true);
    expect(fits.encoding).toBe('base64');
    expect(Buffer.from(fits.value, 'base64').length).toBe(limit);
    const over = encodeUserdata(`#!/bin/bash\n${'e'.repeat(limit - 11)}`, target);
    expect(over.ok).toBe(false);
    expect(over.issues.map((issue) => [issue.rule, issue.path, issue.vendor?.code])).toEqual([['userdata/size', ['os-reinstall', 'metadata', 'user_data'], 'Ecs.0005']]);
    const change = encodeUserdata('echo hi', { api: 'huawei.ecs.ChangeServerOsWithCloudInit' }, { frame: 'bash' });
    expect(Buffer.from(change.value, 'base64').toString()).toBe('#!/bin/bash\necho hi');
  });

  test('counts UTF-8 bytes, not characters', () => {
    const target = { api: 'huawei.ecs.ChangeServerOsWithCloudInit', os: 'linux' } as const;
    expect(encodeUserdata(`#!/bin/bash\n${'中'.repeat((limit - 12) / 4)}`, target).ok).toBe(true);
    expect(encodeUserdata(`#!/bin/bash\n${'中'.repeat(Math.ceil((limit - 11) / 3))}`, target).ok).toBe(false);
  });

  test('refuses the v1 APIs, which have no user data', () => {
    expect(() => encodeUserdata('echo hi', { api: 'huawei.ecs.ReinstallServerWithoutCloudInit' })).toThrow(TypeError);
  });
});
