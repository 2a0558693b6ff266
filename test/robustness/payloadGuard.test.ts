import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { apis, validate, type ApiId, type Facts } from '../../src/index.ts';

/** Facts that make every API's preflight pass read the payload (a system disk smaller than the image). */
const FACTS: Facts = {
  instance: { state: 'RUNNING', os: 'linux', systemDisk: { category: 'cloud', sizeGB: 10 }, instanceType: 'S5.MEDIUM2' },
  image: { os: 'linux', sizeGB: 20, status: 'AVAILABLE', supportsPassword: true, supportsKeyPair: true, category: 'Ubuntu' },
};

/** Every top-level parameter of every API, each a getter that throws: whatever a pass reads first throws. */
const throwingGetter = (): object => {
  const object = {};
  for (const name of new Set(apis.flatMap((api) => Object.keys(api.payload.fields)))) {
    Object.defineProperty(object, name, {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
  }
  return object;
};

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** A Proxy whose every trap throws, and one whose traps throw only from the second read on (past the checker). */
const allTraps = (): object =>
  new Proxy(
    {},
    Object.fromEntries(['get', 'has', 'ownKeys', 'getPrototypeOf', 'getOwnPropertyDescriptor'].map((trap) => [trap, () => { throw new Error(trap); }])),
  );

/** A request whose reads start to throw once the checker has made all of its own: only the preflight pass meets it. */
function throwsAfterChecker(api: ApiId): object {
  const payload = { InstanceId: 'ins-r8hr2upy', instanceId: 'i-r8hr2upy7k', regionId: 'cn-north-1', ImageId: 'img-pmqg1cw7', imageId: 'img-m5s0bpx4gz', password: 'Qcloud@TestApi123++' };
  const counting = (limit: number, count: { reads: number }): object =>
    new Proxy(
      payload,
      Object.fromEntries(
        (['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const).map((trap) => [
          trap,
          (...args: unknown[]) => {
            if (++count.reads > limit) throw new Error('hostile later');
            return (Reflect[trap] as (...all: unknown[]) => unknown)(...args);
          },
        ]),
      ),
    );
  const checker = { reads: 0 };
  validate(api, counting(Infinity, checker));
  return counting(checker.reads, { reads: 0 });
}

const HOSTILE: readonly (readonly [string, (api: ApiId) => object])[] = [
  ['a throwing getter', throwingGetter],
  ['a revoked Proxy', revoked],
  ['a Proxy whose every trap throws', allTraps],
  ['a Proxy that throws only after the checker read it', throwsAfterChecker],
];

const IDS = apis.map((api) => api.id) as ApiId[];

describe('never throws on a payload: every read, the preflight pass included, is behind one guard (issue 13)', () => {
  for (const [name, make] of HOSTILE) {
    test.each(IDS)(`${name}, with facts: %s gives a report, never a throw`, (api) => {
      const report = validate(api, make(api), { facts: FACTS });
      expect(report.api).toBe(api);
      expect(Array.isArray(report.issues)).toBe(true);
    });
  }

  test.each(IDS)('a revoked Proxy, with facts, is "use a JSON object here" at the root: %s', (api) => {
    expect(validate(api, revoked(), { facts: FACTS }).issues).toMatchObject([{ rule: 'parameter/type', path: [] }]);
  });

  test('a flat map whose getter throws, as a form request, is a finding, not a throw', () => {
    const map = Object.defineProperty({}, 'LoginSettings.Password', { enumerable: true, get: () => { throw new Error('x'); } });
    expect(validate('tencent.cvm.ResetInstance@api2', map, { encoding: 'query', facts: FACTS }).issues).toMatchObject([{ rule: 'parameter/type', path: [] }]);
  });
});

describe('a plain object from another realm is an object (issue 13)', () => {
  test('node:vm object literals validate like local ones', () => {
    const foreign = runInNewContext('({ InstanceId: "ins-r8hr2upy", LoginSettings: { Password: "Qcloud@TestApi123++" } })') as unknown;
    expect(validate('tencent.cvm.ResetInstance', foreign)).toEqual(
      validate('tencent.cvm.ResetInstance', { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Qcloud@TestApi123++' } }),
    );
  });

  test('a node:vm Map or Date is still not an object', () => {
    for (const source of ['new Map([["InstanceId", "ins-r8hr2upy"]])', 'new Date(0)']) {
      expect(validate('tencent.cvm.ResetInstance', runInNewContext(source) as unknown).issues).toMatchObject([{ rule: 'parameter/type', path: [] }]);
    }
  });
});
