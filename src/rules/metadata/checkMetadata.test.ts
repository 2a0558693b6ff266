import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkMetadata } from './checkMetadata.ts';
import type { MetadataPair, MetadataPolicy } from './types.ts';

/** Any code point, lone surrogates included: the strings `unit: 'binary'` gives, without its ~1 s set-up per file. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

const JD: MetadataPolicy = {
  maxPairs: 40,
  maxKeyLength: 256,
  maxValueBytes: 16384,
  caseInsensitiveKeys: true,
  ignoredKeySuffix: '-',
};

const pairs = (count: number): MetadataPair[] =>
  Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: 'v' }));
const rules = (policy: MetadataPolicy, list: readonly MetadataPair[]): string[] =>
  checkMetadata(policy, list).map((finding) => finding.rule);

describe('checkMetadata', () => {
  test('accepts an empty list and an empty value', () => {
    expect(checkMetadata(JD, [])).toEqual([]);
    expect(checkMetadata(JD, [{ key: 'a', value: '' }])).toEqual([]);
  });

  test.each([
    [39, []],
    [40, []],
    [41, [{ rule: 'metadata/count', params: { max: 40 }, path: [] }]],
  ])('%i pairs', (count, expected) => {
    expect(checkMetadata(JD, pairs(count))).toEqual(expected);
  });

  test('ignored keys count towards the pair limit', () => {
    const list = [...pairs(40), { key: 'x-', value: '' }];
    expect(rules(JD, list)).toEqual(['metadata/count', 'metadata/ignored-key']);
  });

  test('reports an empty key', () => {
    expect(
      checkMetadata(JD, [
        { key: '', value: 'v' },
        { key: '', value: 'v' },
      ]),
    ).toEqual([
      { rule: 'metadata/empty-key', params: {}, path: [0, 'key'] },
      { rule: 'metadata/empty-key', params: {}, path: [1, 'key'] },
    ]);
  });

  describe('key length in code points', () => {
    const over = [{ rule: 'metadata/key-length', params: { max: 256 }, path: [0, 'key'] }];
    test.each([
      ['256 ASCII', 'k'.repeat(256), []],
      ['257 ASCII', 'k'.repeat(257), over],
      ['256 emoji (512 UTF-16 units)', '\u{1F600}'.repeat(256), []],
      ['257 emoji', '\u{1F600}'.repeat(257), over],
      ['255 emoji and a lone surrogate', `${'\u{1F600}'.repeat(255)}\ud800`, []],
      ['256 emoji and a lone surrogate', `${'\u{1F600}'.repeat(256)}\ud800`, over],
      ['256 CJK', '键'.repeat(256), []],
      ['513 UTF-16 units of emoji', `${'\u{1F600}'.repeat(256)}a`, over],
    ])('%s', (_, key, expected) => {
      expect(checkMetadata(JD, [{ key, value: '' }])).toEqual(expected);
    });
  });

  describe('value size in UTF-8 bytes', () => {
    const over = [{ rule: 'metadata/value-size', params: { max: 16384 }, path: [0, 'value'] }];
    test.each([
      ['16384 ASCII', 'v'.repeat(16384), []],
      ['16385 ASCII', 'v'.repeat(16385), over],
      ['5461 CJK (16383 bytes)', '键'.repeat(5461), []],
      ['5462 CJK (16386 bytes)', '键'.repeat(5462), over],
      ['4096 emoji (16384 bytes)', '\u{1F600}'.repeat(4096), []],
      ['4096 emoji and one byte', `${'\u{1F600}'.repeat(4096)}v`, over],
      ['8192 two-byte chars', 'é'.repeat(8192), []],
      ['8193 two-byte chars', 'é'.repeat(8193), over],
      ['5461 lone surrogates and a byte', `${'\ud800'.repeat(5461)}v`, []],
      ['5462 lone surrogates', '\ud800'.repeat(5462), over],
    ])('%s', (_, value, expected) => {
      expect(checkMetadata(JD, [{ key: 'k', value }])).toEqual(expected);
    });
  });

  describe('duplicate keys', () => {
    test('compares case-insensitively when the policy says so', () => {
      const list = [
        { key: 'Foo', value: '1' },
        { key: 'bar', value: '2' },
        { key: 'foo', value: '3' },
        { key: 'FOO', value: '4' },
      ];
      const duplicate = (index: number): unknown => ({
        rule: 'metadata/duplicate-key',
        params: { caseInsensitive: true },
        path: [index, 'key'],
      });
      expect(checkMetadata(JD, list)).toEqual([duplicate(2), duplicate(3)]);
      expect(checkMetadata({ ...JD, caseInsensitiveKeys: false }, list)).toEqual([]);
    });

    test('compares exactly otherwise', () => {
      const list = [
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
      ];
      expect(checkMetadata({ ...JD, caseInsensitiveKeys: false }, list)).toEqual([
        { rule: 'metadata/duplicate-key', params: { caseInsensitive: false }, path: [1, 'key'] },
      ]);
    });
  });

  test('warns on keys the vendor ignores', () => {
    expect(
      checkMetadata(JD, [
        { key: 'tag-', value: 'v' },
        { key: '-', value: 'v' },
        { key: '-tag', value: 'v' },
      ]),
    ).toEqual([
      { rule: 'metadata/ignored-key', severity: 'warning', params: { suffix: '-' }, path: [0, 'key'] },
      { rule: 'metadata/ignored-key', severity: 'warning', params: { suffix: '-' }, path: [1, 'key'] },
    ]);
    const { ignoredKeySuffix: _, ...noSuffix } = JD;
    expect(checkMetadata(noSuffix, [{ key: 'tag-', value: 'v' }])).toEqual([]);
  });

  test('orders findings by pair, keys before values', () => {
    const list = [
      { key: 'A-', value: 'v'.repeat(16385) },
      { key: 'a-', value: '' },
      { key: '', value: 'v'.repeat(16385) },
    ];
    expect(checkMetadata({ ...JD, maxPairs: 2 }, list).map((finding) => [finding.rule, finding.path])).toEqual([
      ['metadata/count', []],
      ['metadata/ignored-key', [0, 'key']],
      ['metadata/value-size', [0, 'value']],
      ['metadata/duplicate-key', [1, 'key']],
      ['metadata/ignored-key', [1, 'key']],
      ['metadata/empty-key', [2, 'key']],
      ['metadata/value-size', [2, 'value']],
    ]);
  });

  test('judges huge keys and values from their length alone', () => {
    const huge = '\ud800'.repeat(10 << 20);
    // repeat() builds a rope; flatten it first, as JSON.parse output already is.
    expect(huge.endsWith('\ud800')).toBe(true);
    const start = performance.now();
    expect(
      rules(JD, [
        { key: huge, value: huge },
        { key: huge, value: huge },
      ]),
    ).toEqual(['metadata/key-length', 'metadata/value-size', 'metadata/key-length', 'metadata/value-size']);
    expect(performance.now() - start).toBeLessThan(50);
  });

  describe('properties', () => {
    const text = fc.string({ unit: anyCodePoint, maxLength: 40 });
    const list = fc.array(fc.record({ key: text, value: text }), { maxLength: 50 });
    const policy = fc.record({
      maxPairs: fc.nat(50),
      maxKeyLength: fc.nat(40),
      maxValueBytes: fc.nat(120),
      caseInsensitiveKeys: fc.boolean(),
      ignoredKeySuffix: fc.constantFrom('-', '_', ''),
    });

    test('never throws, and every finding points into the list', () => {
      fc.assert(
        fc.property(policy, list, (p, l) => {
          for (const finding of checkMetadata(p, l)) {
            const [index, field] = finding.path ?? [];
            if (finding.rule === 'metadata/count') expect(finding.path).toEqual([]);
            else {
              expect(typeof index === 'number' && index < l.length).toBe(true);
              expect(['key', 'value']).toContain(field);
            }
          }
        }),
        { numRuns: 300 },
      );
    });

    test('skips the duplicate check for keys over the limit', () => {
      const long = 'k'.repeat(257);
      expect(
        rules(JD, [
          { key: long, value: '' },
          { key: long, value: '' },
        ]),
      ).toEqual(['metadata/key-length', 'metadata/key-length']);
    });

    test('agrees with exact measurement', () => {
      fc.assert(
        fc.property(policy, list, (p, l) => {
          const found = checkMetadata(p, l);
          l.forEach(({ key, value }, index) => {
            const keyOver = key !== '' && Array.from(key).length > p.maxKeyLength;
            const valueOver = new TextEncoder().encode(value).length > p.maxValueBytes;
            expect(found.some((f) => f.rule === 'metadata/key-length' && f.path?.[0] === index)).toBe(keyOver);
            expect(found.some((f) => f.rule === 'metadata/value-size' && f.path?.[0] === index)).toBe(valueOver);
          });
        }),
        { numRuns: 300 },
      );
    });

    test('never echoes a key or value', () => {
      fc.assert(
        fc.property(
          fc.string({
            unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'),
            minLength: 4,
            maxLength: 300,
          }),
          (secret) => {
            fc.pre(!VOCABULARY.includes(secret));
            const small = { ...JD, maxKeyLength: 3, maxValueBytes: 3, maxPairs: 1 };
            const findings = checkMetadata(small, [
              { key: secret, value: secret },
              { key: `${secret}-`, value: secret },
              { key: secret, value: secret },
            ]);
            expect(JSON.stringify(findings)).not.toContain(secret);
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});

/** Words findings may legitimately contain (rule ids, keys, severities). */
const VOCABULARY = JSON.stringify(
  checkMetadata({ ...JD, maxKeyLength: 0, maxValueBytes: 0, maxPairs: 0 }, [
    { key: 'a-', value: 'v' },
    { key: 'a-', value: 'v' },
    { key: '', value: 'v' },
  ]),
);
