import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { apis, validate, type ValidateOptions } from '../../src/index.ts';
import type { FieldMap, PayloadAbout } from '../../src/engine/spec/types.ts';
import { aboutKey } from '../../src/engine/spec/aboutKey.ts';
import { PAYLOADS } from '../../bench/payloads/index.ts';
import { numRuns } from '../property/support/numRuns.ts';
import { fingerprint } from './support/fingerprint.ts';
import { reportFaults } from './support/reportShape.ts';
import { stringFields, withValue } from './support/stringFields.ts';

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Every Unicode plane, lone surrogates of both kinds, NUL and the noncharacters at plane ends. */
const hostileUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u0000', '\uffff', '\ufffe', '\u{10ffff}', '\u{1f600}', 'a', '=', '.', '-'),
);
const hostileString = fc.string({ unit: hostileUnit, maxLength: 80 });
const hostileKey = fc.oneof(hostileString, fc.constantFrom(...PROTO_KEYS));
const anything = fc.anything({
  key: hostileKey,
  stringUnit: 'binary',
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** The options a caller may pass; `query` only where the API's wire allows it (else it is a programming error). */
function optionsFor(id: string): fc.Arbitrary<ValidateOptions> {
  const wire = apis.find((api) => api.id === id)?.wire ?? 'json';
  const encodings = wire === 'json' ? (['json'] as const) : (['json', 'query'] as const);
  return fc.record(
    { os: fc.constantFrom('linux', 'windows'), lang: fc.constantFrom('en', 'zh-CN'), encoding: fc.constantFrom(...encodings) },
    { requiredKeys: [] },
  );
}

function allPaths(fields: FieldMap, prefix: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = [...prefix, name];
    if (field.type === 'object') return [path, ...allPaths(field.fields, path)];
    if (field.type === 'array') return [path, [...path, 0], ...(field.items.type === 'object' ? allPaths(field.items.fields, [...path, 0]) : [])];
    return [path];
  });
}

function secretPaths(fields: FieldMap, about: PayloadAbout): (readonly (string | number)[])[] {
  return stringFields(fields).filter(({ path }) => about.fields[aboutKey(path)]?.secret === true).map(({ path }) => path);
}

/** Defines keys as own, enumerable data properties on every object in a value (as JSON.parse would). */
function withKeysEverywhere(value: unknown, entries: readonly (readonly [string, unknown])[], depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => withKeysEverywhere(item, entries, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(copy, key, { value: withKeysEverywhere(item, entries, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  for (const [key, item] of entries) Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
  return copy;
}

const typicalOf = (id: string): unknown => PAYLOADS[id]?.typical ?? {};
const PROTOTYPE_KEYS_BEFORE = Object.getOwnPropertyNames(Object.prototype).sort();

/**
 * Runs `validate` and checks every promise docs/design-decisions.md#the-validate-contract makes about it: it returns (a throw fails the
 * property, a hang fails the test's timeout), the report is well-formed, the payload is unchanged
 * (deep-compared with a clone taken before), nothing is polluted, and no secret is echoed.
 */
function expectSound(id: string, payload: unknown, options: ValidateOptions, secrets: readonly string[] = [], compare = true): void {
  const before = compare ? structuredClone(payload) : undefined;
  const report = validate(id as never, payload, options);
  expect(reportFaults(report, id)).toEqual([]);
  if (compare) expect(payload).toEqual(before);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS_BEFORE);
  const text = JSON.stringify(report);
  for (const secret of secrets) expect(text.includes(secret)).toBe(false);
}

const apiIds = apis.map((api) => api.id);

describe.each(apiIds)('%s under fuzzing', (id) => {
  const api = apis.find((candidate) => candidate.id === id);
  const spec = api?.payload.fields ?? {};
  const paths = allPaths(spec);
  const secrets = api ? secretPaths(spec, api.about) : [];
  const options = optionsFor(id);

  test.prop([anything, options], { numRuns: numRuns(100) })('returns a sound report for fc.anything() as the payload', (payload, opts) => {
    expectSound(id, payload, opts);
  });

  test.prop([fc.array(fc.tuple(fc.constantFrom(...paths), anything), { maxLength: 4 }), options], { numRuns: numRuns(100) })(
    'returns a sound report when known parameters hold any value',
    (edits, opts) => {
      const payload = edits.reduce((current, [path, value]) => withValue(current, path, value), typicalOf(id));
      expectSound(id, payload, opts);
    },
  );

  test.prop([fc.array(fc.tuple(fc.constantFrom(...PROTO_KEYS), anything), { minLength: 1, maxLength: 3 }), options], { numRuns: numRuns(50) })(
    'returns a sound report with __proto__, constructor and prototype keys at every level',
    (entries, opts) => {
      expectSound(id, withKeysEverywhere(typicalOf(id), entries), opts);
    },
  );

  test.prop([fc.array(fc.tuple(fc.constantFrom(...stringFields(spec).map(({ path }) => path)), hostileString), { maxLength: 6 }), hostileKey, options], {
    numRuns: numRuns(100),
  })('returns a sound report for strings with lone surrogates, NUL and every plane, in values and keys', (edits, key, opts) => {
    const payload = edits.reduce((current, [path, value]) => withValue(current, path, value), typicalOf(id));
    expectSound(id, withKeysEverywhere(payload, [[key, key]]), opts);
  });

  test.prop([fc.string({ unit: 'binary', minLength: 8, maxLength: 40 }).filter((secret) => new Set(secret).size >= 6), anything, options], {
    numRuns: numRuns(100),
  })('never echoes a password, whatever else the payload holds', (secret, noise, opts) => {
    for (const path of secrets) {
      expectSound(id, withValue(withValue(typicalOf(id), ['Noise'], noise), path, secret), opts, [secret]);
    }
  });

  test.prop([fc.constantFrom(...paths, ['Deep']), fc.constantFrom('object', 'array', 'both'), options], { numRuns: numRuns(3) })(
    'returns a report for 10,000 levels of nesting at any parameter',
    (path, kind, opts) => {
      let value: unknown = 'leaf';
      for (let level = 0; level < 10_000; level++) {
        const asArray = kind === 'array' || (kind === 'both' && level % 2 === 1);
        value = asArray ? [value] : { [String(path[path.length - 1])]: value };
      }
      const payload = withValue(typicalOf(id), path, value);
      const before = fingerprint(payload);
      expectSound(id, payload, opts, [], false);
      expect(fingerprint(payload)).toBe(before);
    },
  );

  test.prop([fc.constantFrom<readonly (string | number)[]>([], ...paths), options], { numRuns: numRuns(2) })(
    'returns a report for an object of 100,000 keys at the root or any parameter',
    (path, opts) => {
      const wide: Record<string, number> = {};
      for (let index = 0; index < 100_000; index++) wide[`k${index}`] = index;
      const payload = path.length === 0 ? { ...(typicalOf(id) as object), ...wide } : withValue(typicalOf(id), path, wide);
      const before = fingerprint(payload);
      expectSound(id, payload, opts, [], false);
      expect(fingerprint(payload)).toBe(before);
    },
  );
});
