import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkHostname } from './checkHostname.ts';
import type { HostnameProfile } from './types.ts';

/** Any code point, lone surrogates included: the strings `unit: 'binary'` gives, without its ~1 s set-up per file. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

const WINDOWS: HostnameProfile = { minLength: 2, maxLength: 15, allowDots: false, allowAllDigits: false };
const TC_LINUX: HostnameProfile = {
  minLength: 2,
  maxLength: 60,
  allowDots: true,
  allowAllDigits: true,
  maxLabelLength: 63,
};
const JD_LINUX: HostnameProfile = { ...TC_LINUX, maxLength: 64 };
const PROFILES = { WINDOWS, TC_LINUX, JD_LINUX };

const rules = (profile: HostnameProfile, value: string): string[] =>
  checkHostname(profile, value).map((finding) => finding.rule);
const edge = (profile: HostnameProfile): unknown => ({
  rule: 'hostname/edge',
  params: { chars: profile.allowDots ? '.-' : '-' },
});
const consecutive = { rule: 'hostname/consecutive', params: {} };
const dot = { rule: 'hostname/dot', params: {} };

describe('checkHostname', () => {
  test.each(Object.entries(PROFILES))('%s length boundaries', (_, profile) => {
    const { minLength: min, maxLength: max } = profile;
    const length = { rule: 'hostname/length', params: { min, max } };
    // Dotted profiles get a dot every fifth char, so no label reaches 63 chars.
    const name = (size: number): string =>
      Array.from({ length: size }, (_, i) =>
        profile.allowDots && i % 5 === 4 && i < size - 1 ? '.' : 'a1'[i % 2],
      ).join('');
    expect(checkHostname(profile, name(min - 1))).toEqual([length]);
    expect(checkHostname(profile, name(min))).toEqual([]);
    expect(checkHostname(profile, name(max))).toEqual([]);
    expect(checkHostname(profile, name(max + 1))).toEqual([length]);
  });

  test('far over the limit returns only the length finding, unscanned', () => {
    expect(rules(WINDOWS, '-'.repeat(4 * 15 + 1))).toEqual(['hostname/length']);
    expect(rules(WINDOWS, '-'.repeat(4 * 15))).toEqual(['hostname/length', 'hostname/edge', 'hostname/consecutive']);
    const huge = '.'.repeat(1 << 20);
    const start = performance.now();
    expect(rules(JD_LINUX, huge)).toEqual(['hostname/length']);
    expect(performance.now() - start).toBeLessThan(50);
  });

  test('an empty string gets only the length finding', () => {
    expect(checkHostname(WINDOWS, '')).toEqual([{ rule: 'hostname/length', params: { min: 2, max: 15 } }]);
    expect(checkHostname({ ...WINDOWS, minLength: 0 }, '')).toEqual([]);
  });

  describe('Windows (no dots, not all digits)', () => {
    test.each(['ab', 'web-01', 'WEB01', 'a-b-c', '1-2', 'a1', '1a', 'A1B2C3D4E5F6G7H'])('accepts %s', (value) => {
      expect(checkHostname(WINDOWS, value)).toEqual([]);
    });

    test.each([
      ['-ab', [edge(WINDOWS)]],
      ['ab-', [edge(WINDOWS)]],
      ['-', [{ rule: 'hostname/length', params: { min: 2, max: 15 } }, edge(WINDOWS)]],
      ['a--b', [consecutive]],
      ['a.b', [dot]],
      ['.ab', [dot]],
      ['ab.', [dot]],
      ['a..b', [dot]],
      ['a.-b', [dot]],
      ['.-', [dot, edge(WINDOWS)]],
      ['-.', [dot, edge(WINDOWS)]],
      ['12', [{ rule: 'hostname/all-digits', params: {} }]],
      ['123456789012345', [{ rule: 'hostname/all-digits', params: {} }]],
      ['a_b', [{ rule: 'hostname/charset', params: { dots: false } }]],
      ['a b', [{ rule: 'hostname/charset', params: { dots: false } }]],
      ['主机名', [{ rule: 'hostname/charset', params: { dots: false } }]],
      ['a_b.c', [{ rule: 'hostname/charset', params: { dots: false } }, dot]],
    ])('%j', (value, expected) => {
      expect(checkHostname(WINDOWS, value)).toEqual(expected);
    });
  });

  describe.each(Object.entries({ TC_LINUX, JD_LINUX }))('%s (dotted labels)', (_, profile) => {
    test.each(['ab', 'a.b', 'web-01.example.com', '1.2.3', '12', 'a-b.c-d', 'A.B'])('accepts %s', (value) => {
      expect(checkHostname(profile, value)).toEqual([]);
    });

    test.each([
      ['-ab', [edge(profile)]],
      ['ab-', [edge(profile)]],
      ['.ab', [edge(profile)]],
      ['ab.', [edge(profile)]],
      ['a..b', [consecutive]],
      ['a--b', [consecutive]],
      ['a.-b', [consecutive]],
      ['a-.b', [consecutive]],
      ['.-', [edge(profile), consecutive]],
      ['-.', [edge(profile), consecutive]],
      ['a_b', [{ rule: 'hostname/charset', params: { dots: true } }]],
      ['a b.c', [{ rule: 'hostname/charset', params: { dots: true } }]],
      ['a\u0000b', [{ rule: 'hostname/charset', params: { dots: true } }]],
      ['\ud800b', [{ rule: 'hostname/charset', params: { dots: true } }]],
    ])('%j', (value, expected) => {
      expect(checkHostname(profile, value)).toEqual(expected);
    });
  });

  test('a label over 63 chars only warns', () => {
    const warning = { rule: 'hostname/label-length', severity: 'warning', params: { max: 63 } };
    expect(checkHostname(JD_LINUX, 'a'.repeat(63))).toEqual([]);
    expect(checkHostname(JD_LINUX, 'a'.repeat(64))).toEqual([warning]);
    expect(checkHostname(JD_LINUX, `${'a'.repeat(63)}.`)).toEqual([edge(JD_LINUX)]);
    expect(checkHostname({ ...JD_LINUX, maxLength: 200 }, `b.${'a'.repeat(64)}.${'c'.repeat(64)}`)).toEqual([warning]);
    expect(checkHostname({ ...JD_LINUX, maxLength: 200 }, `b.${'a'.repeat(63)}.${'c'.repeat(63)}`)).toEqual([]);
    expect(checkHostname({ ...JD_LINUX, maxLabelLength: 3 }, 'abc.defg')).toEqual([{ ...warning, params: { max: 3 } }]);
  });

  test('reports every rule once, in a stable order', () => {
    const noLimits: HostnameProfile = { ...WINDOWS, maxLength: 200, maxLabelLength: 3 };
    expect(rules(noLimits, '-a_b_c.d.e--f-')).toEqual([
      'hostname/charset',
      'hostname/dot',
      'hostname/edge',
      'hostname/consecutive',
      'hostname/label-length',
    ]);
    expect(rules({ ...WINDOWS, minLength: 20 }, '1234')).toEqual(['hostname/length', 'hostname/all-digits']);
  });

  describe('properties', () => {
    const profiles = fc.constantFrom(...Object.values(PROFILES));
    const label = fc
      .tuple(
        fc.string({ unit: fc.constantFrom(...'abcXYZ0189'), minLength: 1, maxLength: 4 }),
        fc.string({ unit: fc.constantFrom(...'abXY09-'), maxLength: 4 }),
        fc.string({ unit: fc.constantFrom(...'abcXYZ0189'), minLength: 1, maxLength: 4 }),
      )
      .map(([head, middle, tail]) => `${head}${middle.replace(/-+/g, '-')}${tail}`);

    test('never throws and reports each rule at most once', () => {
      fc.assert(
        fc.property(profiles, fc.string({ unit: anyCodePoint, maxLength: 100 }), (profile, value) => {
          const found = rules(profile, value);
          expect(new Set(found).size).toBe(found.length);
          expect(found.every((rule) => rule.startsWith('hostname/'))).toBe(true);
        }),
        { numRuns: 500 },
      );
    });

    test('handles huge strings with the length finding only', () => {
      fc.assert(
        fc.property(
          profiles,
          fc.constantFrom('a', '.', '\ud800', '\u{1F600}'),
          fc.constantFrom(1 << 20, 10 << 20),
          (profile, unit, length) => {
            expect(rules(profile, unit.repeat(length / unit.length))).toEqual(['hostname/length']);
          },
        ),
        {
          numRuns: 8,
        },
      );
    });

    test('accepts dotted names of valid labels', () => {
      fc.assert(
        fc.property(
          fc.array(label, { minLength: 1, maxLength: 5 }).map((labels) => labels.join('.')),
          (value) => {
            fc.pre(value.length <= 60);
            expect(checkHostname(TC_LINUX, value)).toEqual([]);
          },
        ),
        { numRuns: 300 },
      );
    });

    test('accepts a valid Windows label unless it is all digits', () => {
      fc.assert(
        fc.property(label, (value) => {
          fc.pre(value.length <= 15);
          expect(rules(WINDOWS, value)).toEqual(/^\d+$/.test(value) ? ['hostname/all-digits'] : []);
        }),
        { numRuns: 300 },
      );
    });

    test('never echoes the input', () => {
      fc.assert(
        fc.property(
          profiles,
          fc.string({
            unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'),
            minLength: 4,
            maxLength: 300,
          }),
          (profile, value) => {
            fc.pre(!VOCABULARY.includes(value));
            expect(JSON.stringify(checkHostname(profile, value))).not.toContain(value);
          },
        ),
        {
          numRuns: 300,
        },
      );
    });
  });
});

/** Words findings may legitimately contain (rule ids, keys, severities). */
const VOCABULARY = JSON.stringify([
  ...checkHostname({ ...WINDOWS, maxLabelLength: 1 }, '-1.-_1' + '1'.repeat(60)),
  ...checkHostname({ ...JD_LINUX, maxLabelLength: 1 }, '-.-_1.x'),
]);
