import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { apis, type ApiId } from '../../src/apis.ts';
import type { ApiSpec } from '../../src/engine/spec/api.ts';
import type { CheckContext, FieldMap, FieldSpec } from '../../src/engine/spec/types.ts';
import { ARRAY_WALK_BOUND, createChecker } from '../../src/engine/createChecker.ts';
import { suggestName } from '../../src/engine/spec/suggestName.ts';
import { isShowableKey } from '../../src/errors/isShowableKey.ts';
import { CHECKERS } from '../../src/registry/checkers.ts';
import { PAYLOADS } from '../../bench/payloads/index.ts';
import { numRuns } from '../property/support/numRuns.ts';

class Box {
  readonly Enabled = true;
}

const nullProto = (entries: Record<string, unknown>): Record<string, unknown> => Object.assign(Object.create(null) as Record<string, unknown>, entries);

/** Values of the wrong type or absent in every way the walk distinguishes. */
const ODD: readonly unknown[] = [
  undefined, null, [], {}, [1], [null], [undefined], { a: 1 }, { a: null }, 0, -0, 1, -1, 1.5, Number.NaN, Infinity, true, false, '', ' ',
  new Date(0), new Box(), nullProto({}), nullProto({ a: 1 }), runInNewContext('({ a: 1 })'), runInNewContext('({})'), runInNewContext('[1]'), () => 1,
];
const odd = fc.constantFrom(...ODD);

const CONTEXTS: readonly CheckContext[] = [{ os: 'linux' }, { os: 'windows' }, { os: undefined }];
const context = fc.constantFrom(...CONTEXTS);

/** Every string of every benchmark payload: valid identifiers, passwords and names to draw from. */
function stringsOf(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string' && value.length < 200) into.add(value);
  else if (typeof value === 'object' && value !== null) for (const entry of Object.values(value)) stringsOf(entry, into);
  return into;
}
const STRINGS = [...stringsOf(Object.values(PAYLOADS).map(({ typical, invalid }) => [typical, invalid]), new Set())];

/** A key near a known name (what the suggester quotes), or any key. */
const unknownKey = (names: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...names.flatMap((name) => [name.toLowerCase(), `${name}x`, name.slice(1)]), 'Unknown', '__proto__', 'constructor', '0', 'a b'),
    fc.string({ maxLength: 8 }),
  );

/** How an object is built: plain in key order, null-prototype, from another realm, or with a throwing getter. */
type Form = 'plain' | 'null' | 'realm' | 'getter';

function build(entries: readonly (readonly [string, unknown])[], form: Form): Record<string, unknown> {
  const object: Record<string, unknown> =
    form === 'null' ? (Object.create(null) as Record<string, unknown>) : form === 'realm' ? (runInNewContext('({})') as Record<string, unknown>) : {};
  entries.forEach(([key, value], index) => {
    const getter = form === 'getter' && index === entries.length - 1;
    Object.defineProperty(object, key, getter ? { get: () => { throw new Error('boom'); }, enumerable: true, configurable: true } : { value, enumerable: true, writable: true, configurable: true });
  });
  return object;
}

/** An object of a field map: any subset of its parameters, unknown keys (some null), in any order, in any form. */
function objectOf(fields: FieldMap, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(fields);
  const known = fc.subarray(names).chain((chosen) => fc.tuple(...chosen.map((name) => valueOf(fields[name] as FieldSpec, depth + 1).map((value) => [name, value] as const))));
  const extra = fc.array(fc.tuple(unknownKey(names), fc.oneof(fc.constant(null), fc.constant(1), fc.string({ maxLength: 3 }))), { maxLength: 2 });
  const form = fc.constantFrom<Form>('plain', 'plain', 'plain', 'null', 'realm', 'getter');
  return fc.tuple(known, extra, form).chain(([entries, unknowns, shape]) => {
    const all = [...entries, ...unknowns].filter(([key], index, list) => list.findIndex(([other]) => other === key) === index);
    return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }).map((ordered) => build(ordered, shape));
  });
}

/** A list of an element spec: short, at and over its bound, sparse, or holding odd elements. */
function listOf(field: FieldSpec & { type: 'array' }, depth: number): fc.Arbitrary<unknown[]> {
  const item = fc.oneof({ weight: 4, arbitrary: valueOf(field.items, depth + 1, false) }, { weight: 1, arbitrary: odd });
  const max = field.maxItems;
  return fc.oneof(
    fc.array(item, { maxLength: 4 }),
    fc.sparseArray(item, { maxLength: 5 }),
    fc.constantFrom(...(max === undefined ? [ARRAY_WALK_BOUND, ARRAY_WALK_BOUND + 1] : [max, max + 1])).chain((length) =>
      fc.array(item, { minLength: 1, maxLength: 2 }).map((some) => Array.from({ length }, (_, index) => some[index % some.length])),
    ),
  );
}

/** A value for a field: of its type most of the time (valid or not by its rules), else odd. */
function valueOf(field: FieldSpec, depth: number, withOdd = true): fc.Arbitrary<unknown> {
  const typed: fc.Arbitrary<unknown> =
    field.type === 'string'
      ? field.enum !== undefined
        ? fc.constantFrom(...field.enum, 'x', ...field.enum.map((value) => value.toLowerCase()))
        : fc.oneof(fc.constantFrom(...STRINGS), fc.string({ maxLength: 12 }))
      : field.type === 'integer'
        ? fc.oneof(fc.integer({ min: -3, max: 70000 }), fc.constantFrom(0, 1, 20, 40, 50, 1024, 2 ** 31, -1))
        : field.type === 'boolean'
          ? fc.boolean()
          : field.type === 'array'
            ? listOf(field, depth)
            : objectOf(field.fields, depth);
  return withOdd ? fc.oneof({ weight: 5, arbitrary: typed }, { weight: 1, arbitrary: odd }) : typed;
}

/** Every wire path of a field map, a list's element as index 0. */
function allPaths(fields: FieldMap, prefix: readonly (string | number)[] = []): { path: readonly (string | number)[]; field: FieldSpec }[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = [...prefix, name];
    if (field.type === 'object') return [{ path, field }, ...allPaths(field.fields, path)];
    if (field.type === 'array') {
      const element = { path: [...path, 0], field: field.items };
      return [{ path, field }, element, ...(field.items.type === 'object' ? allPaths(field.items.fields, [...path, 0]) : [])];
    }
    return [{ path, field }];
  });
}

/** A copy of a payload with one value set at a path, the objects and lists on the way created as needed. */
function withValueAt(payload: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const base: unknown = typeof payload === 'object' && payload !== null ? payload : typeof head === 'number' ? [] : {};
  const copy = (Array.isArray(base) ? [...(base as unknown[])] : { ...(base as Record<string, unknown>) }) as Record<string | number, unknown>;
  copy[head] = withValueAt(copy[head], rest, value);
  return copy;
}

describe.each((apis as readonly ApiSpec[]).map((api) => [api.id, api] as const))('the generated checker of %s', (id, api) => {
  const generated = CHECKERS[id as ApiId];
  const generic = createChecker(api.payload, { suggest: suggestName, quote: isShowableKey });
  const agree = (payload: unknown, given: CheckContext): void => {
    expect(generated(payload, given)).toStrictEqual(generic(payload, given));
  };
  const payloads = PAYLOADS[id];
  const bases = payloads ? [payloads.typical, payloads.invalid] : [];
  const paths = allPaths(api.payload.fields);
  const payload = objectOf(api.payload.fields, 0);
  const oneFault = fc.tuple(fc.constantFrom(...bases), fc.constantFrom(...paths)).chain(([base, { path, field }]) =>
    fc.oneof(odd, valueOf(field, path.length)).map((value) => withValueAt(base, path, value)),
  );

  it('is registered, with benchmark payloads to start from', () => {
    expect(typeof generated).toBe('function');
    expect(bases.length).toBe(2);
  });

  test.prop([payload, context], { numRuns: numRuns(300) })('reports what createChecker reports over payloads of the spec', agree);

  test.prop([oneFault, context], { numRuns: numRuns(300) })('reports what createChecker reports over a benchmark payload with one value changed at any depth', agree);

  test.prop([payload, context], { numRuns: numRuns(100) })('agrees over JSON copies, null-prototype copies and other-realm copies', (value, given) => {
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      // A payload with a throwing getter has no JSON copy; the first property covers it as it is.
      return;
    }
    if (json === undefined) return;
    agree(JSON.parse(json), given);
    agree(runInNewContext(`(${json})`), given);
    agree(nullProto(JSON.parse(json) as Record<string, unknown>), given);
  });

  test.prop([oneFault, context, fc.constantFrom('Polluted', ...Object.keys(api.payload.fields), ...paths.map(({ path }) => String(path[path.length - 1])))], {
    numRuns: numRuns(100),
  })('agrees with a polluted Object.prototype (inherited keys are never parameters)', (value, given, key) => {
    const proto = Object.prototype as Record<string, unknown>;
    let both: [unknown, unknown];
    proto[key] = 'polluted';
    try {
      both = [generated(value, given), generic(value, given)];
    } finally {
      delete proto[key];
    }
    // Compared once the prototype is clean again: a polluted `value` or `get` key would break the comparison itself.
    expect(both[0]).toStrictEqual(both[1]);
  });

  it.each<[string, unknown]>([
    ['not an object', 'x'],
    ['an array', []],
    ['null', null],
    ['an empty object', {}],
    ['a class instance', new Box()],
    ['a revoked proxy', (() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })()],
    ['a proxy of a payload', new Proxy({ ...(payloads?.typical as object), Unknown: 'x' }, {})],
    ['a throwing getter', Object.defineProperty({ ...(payloads?.typical as object) }, Object.keys(api.payload.fields)[0] ?? 'x', { get: () => { throw new Error('boom'); }, enumerable: true })],
    ['a throwing ownKeys trap', new Proxy({}, { ownKeys: () => { throw new Error('boom'); } })],
    ['non-enumerable and symbol keys', Object.defineProperty({ ...(payloads?.typical as object), [Symbol('s')]: 1 }, 'Unknown', { value: 1, enumerable: false })],
  ])('agrees on %s', (_name, value) => {
    for (const given of CONTEXTS) agree(value, given);
  });
});
