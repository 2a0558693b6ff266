import { describe, expect, test } from 'vitest';
import { validate } from '../../src/index.ts';
import { ARRAY_WALK_BOUND } from '../../src/engine/createChecker.ts';
import { TENCENT_KEY_IDS } from '../../src/schemas/tencent/policies.ts';

const TENCENT = 'tencent.cvm.ResetInstance';
const withKeyIds = (keyIds: unknown) => ({ InstanceId: 'ins-r8hr2upy', LoginSettings: { KeyIds: keyIds } });

/** An array Proxy that counts every element read (a time bound alone would not tell O(1) from a fast O(n)). */
function counted(length: number): { readonly array: unknown[]; readonly reads: () => number } {
  let reads = 0;
  const array = new Proxy(new Array<unknown>(length), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { array, reads: () => reads };
}

// Each test has a time bound so that walking 10^7 or 2^32 - 1 elements fails loudly (it took 26 s and ran out
// of memory before); the element-read counts are the real assertion.
describe('an array longer than its limit is one count finding, walked to a fixed bound (issue 13)', () => {
  test('KeyIds: new Array(1e7) is one count finding and at most maxItems element findings', { timeout: 5_000 }, () => {
    const issues = validate(TENCENT, withKeyIds(new Array(1e7)), { os: 'linux' }).issues;
    expect(issues.filter((issue) => issue.rule === 'parameter/count')).toMatchObject([{ path: ['LoginSettings', 'KeyIds'] }]);
    expect(issues.length).toBeLessThanOrEqual(TENCENT_KEY_IDS.max + 2);
  });

  test('KeyIds: new Array(2 ** 32 - 1) neither hangs nor runs out of memory', { timeout: 5_000 }, () => {
    const issues = validate(TENCENT, withKeyIds(new Array(2 ** 32 - 1)), { os: 'linux' }).issues;
    expect(issues.filter((issue) => issue.rule === 'parameter/count')).toHaveLength(1);
  });

  test('a proxied list of 2^32 - 1 is read at most maxItems times', { timeout: 5_000 }, () => {
    const { array, reads } = counted(2 ** 32 - 1);
    validate(TENCENT, withKeyIds(array), { os: 'linux' });
    expect(reads()).toBeLessThanOrEqual(TENCENT_KEY_IDS.max);
  });

  test('a list without a documented limit (JD metadata) is read to the fixed bound only, and still counted', { timeout: 5_000 }, () => {
    const { array, reads } = counted(2 ** 32 - 1);
    const issues = validate('jdcloud.vm.rebuildInstance', { regionId: 'cn-north-1', instanceId: 'i-r8hr2upy7k', metadata: array }, { os: 'linux' }).issues;
    expect(reads()).toBeLessThanOrEqual(2 * ARRAY_WALK_BOUND);
    expect(issues.filter((issue) => issue.rule === 'metadata/count')).toHaveLength(1);
  });

  test('at the limit every element is still checked', () => {
    const keyIds = Array.from({ length: TENCENT_KEY_IDS.max }, (_, index) => (index === 7 ? 'nope' : `skey-${String(index).padStart(8, '0')}`));
    expect(validate(TENCENT, withKeyIds(keyIds), { os: 'linux' }).issues).toMatchObject([{ rule: 'identifier/format', path: ['LoginSettings', 'KeyIds', 7] }]);
  });
});
