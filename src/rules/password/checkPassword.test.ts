import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkPassword } from './checkPassword.ts';
import { checkPasswordSequences } from './checkPasswordSequences.ts';
import type { PasswordPolicy } from './types.ts';

/** Any code point, lone surrogates included: the strings `unit: 'binary'` gives, without its ~1 s set-up per file. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

const FOUR: PasswordPolicy['classes'] = ['lower', 'upper', 'digit', 'special'];
const JD_SPECIALS = '()`~!@#$%^&*_-+=|{}[]:";\'<>,.?/';
const TC_SPECIALS = "()`~!@#$%^&*-+=|{}[]:;',.?/";

const JD: PasswordPolicy = {
  minLength: 8,
  maxLength: 30,
  specials: JD_SPECIALS,
  classes: FOUR,
  minClasses: 3,
  bannedWords: ['jd', 'JD', '360', 'bug', 'BUG', 'com', 'COM', 'cloud', 'CLOUD', 'password', 'PASSWORD'],
  sequences: { runLength: 3, alphabet: true, digits: true, keyboard: true, disputedRuns: ['012', '210', '890', '098'] },
};
const TC_LINUX: PasswordPolicy = { minLength: 8, maxLength: 30, specials: TC_SPECIALS, classes: FOUR, minClasses: 2 };
const TC_WINDOWS: PasswordPolicy = { ...TC_LINUX, minLength: 12, minClasses: 3 };
const ZENLAYER: PasswordPolicy = {
  minLength: 8,
  maxLength: 16,
  specials: '~!@$^*-_=+',
  disputedSpecials: '|;:,.?`',
  classes: ['letter', 'digit', 'special'],
  minClasses: 3,
};
const POLICIES = { JD, TC_LINUX, TC_WINDOWS, ZENLAYER };

/** A password of any length that every example policy accepts: no runs, no banned words, 3+ classes. */
const filler = (length: number): string => 'Ab1!'.repeat(Math.ceil(length / 4)).slice(0, length);
/** Every password rule of a policy, as a vendor spec runs them: the sequence bans after the rest. */
const rules = (policy: PasswordPolicy, value: string): string[] =>
  [...checkPassword(policy, value), ...checkPasswordSequences(policy, value)].map((finding) => finding.rule);

describe('checkPassword', () => {
  describe('length', () => {
    test.each(Object.entries(POLICIES))('%s boundaries', (_, policy) => {
      const { minLength: min, maxLength: max } = policy;
      const length = { rule: 'password/length', params: { min, max } };
      expect(checkPassword(policy, filler(min - 1))).toEqual([length]);
      expect(checkPassword(policy, filler(min))).toEqual([]);
      expect(checkPassword(policy, filler(max))).toEqual([]);
      expect(checkPassword(policy, filler(max + 1))).toEqual([length]);
    });

    test('far over the limit returns only the length finding, unscanned', () => {
      expect(checkPassword(JD, ' '.repeat(4 * 30 + 1))).toEqual([
        { rule: 'password/length', params: { min: 8, max: 30 } },
      ]);
      expect(rules(JD, ' '.repeat(4 * 30))).toEqual(['password/length', 'password/charset', 'password/classes']);
      const huge = 'x'.repeat(10 * 1024 * 1024);
      const start = performance.now();
      expect(checkPassword(JD, huge)).toHaveLength(1);
      expect(performance.now() - start).toBeLessThan(50);
    });

    test('counts UTF-16 units', () => {
      expect(rules(TC_LINUX, 'Ab1!\u{1F600}')).toEqual(['password/length', 'password/charset']);
    });

    test('empty string', () => {
      expect(rules(TC_LINUX, '')).toEqual(['password/length', 'password/classes']);
    });
  });

  describe('charset', () => {
    test('JD accepts all 31 ASCII punctuation chars except backslash', () => {
      const punctuation = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter((c) =>
        /[^\sA-Za-z0-9\\]/.test(c),
      );
      expect([...JD_SPECIALS].sort()).toEqual(punctuation.sort());
      expect(JD_SPECIALS).toHaveLength(31);
      for (const special of JD_SPECIALS) expect(checkPassword(JD, `Xq7${special}mP4w`)).toEqual([]);
    });

    test.each(['\\', ' ', 'é', '\u00a0', '\u0000', '\ud800', '\u{1F600}'])('JD rejects %j', (char) => {
      expect(checkPassword(JD, `Xq7${char}mP4w`)).toEqual([
        { rule: 'password/charset', params: { allowed: JD_SPECIALS } },
      ]);
    });

    test('Tencent accepts each of its 27 specials', () => {
      expect(TC_SPECIALS).toHaveLength(27);
      for (const special of TC_SPECIALS) {
        expect(checkPassword(TC_LINUX, `abcd123${special}`)).toEqual([]);
        expect(checkPassword(TC_WINDOWS, `Abcdefg1234${special}`)).toEqual([]);
      }
    });

    test.each(['_', '<', '>', '"', '\\', ' ', 'é', 'ß'])('Tencent rejects %j', (char) => {
      for (const policy of [TC_LINUX, TC_WINDOWS]) {
        expect(checkPassword(policy, `Abcdefg1234${char}`)).toEqual([
          { rule: 'password/charset', params: { allowed: TC_SPECIALS } },
        ]);
      }
    });

    test.each([...'~!@$^*-_=+'])('Zenlayer accepts %j', (special) => {
      expect(checkPassword(ZENLAYER, `Example${special}123`)).toEqual([]);
    });

    test.each([...'|;:,.?`'])('Zenlayer warns on the disputed %j, which counts as a special', (special) => {
      expect(checkPassword(ZENLAYER, `Example${special}123`)).toEqual([
        { rule: 'password/charset', severity: 'warning', params: { allowed: '~!@$^*-_=+', disputed: '|;:,.?`' } },
      ]);
    });

    test.each(['#', '%', '&', ' ', 'é'])('Zenlayer rejects %j, which does not count as a special', (char) => {
      expect(checkPassword(ZENLAYER, `Example${char}123`)).toEqual([
        { rule: 'password/charset', params: { allowed: '~!@$^*-_=+' } },
        { rule: 'password/classes', params: { min: 3, classes: ['letter', 'digit', 'special'] } },
      ]);
    });

    test('a hard charset error replaces the disputed warning', () => {
      expect(checkPassword(ZENLAYER, 'Example|#123')).toEqual([
        { rule: 'password/charset', params: { allowed: '~!@$^*-_=+' } },
      ]);
    });

    test('a forbidden first character is a charset error naming the forbidden set; elsewhere it is an accepted special', () => {
      const policy = { ...ZENLAYER, specials: '/!', disputedSpecials: '|', forbiddenFirst: '/' };
      expect(checkPassword(policy, '/Example123')).toEqual([{ rule: 'password/charset', params: { allowed: '/!', first: '/' } }]);
      expect(checkPassword(policy, '/Example|123')).toEqual([{ rule: 'password/charset', params: { allowed: '/!', first: '/' } }]);
      expect(checkPassword(policy, 'Example/123')).toEqual([]);
      expect(checkPassword(policy, '/Example#123')).toEqual([{ rule: 'password/charset', params: { allowed: '/!' } }]);
    });

    test('reports the charset once, without naming the char', () => {
      const findings = checkPassword(TC_LINUX, 'ab12<><><>');
      expect(findings).toEqual([{ rule: 'password/charset', params: { allowed: TC_SPECIALS } }]);
    });
  });

  describe('classes', () => {
    test('Tencent Linux needs 2 of 4', () => {
      expect(checkPassword(TC_LINUX, 'abcdefgh')).toEqual([
        { rule: 'password/classes', params: { min: 2, classes: FOUR } },
      ]);
      expect(checkPassword(TC_LINUX, 'abcdefgH')).toEqual([]);
      expect(checkPassword(TC_LINUX, '12345678')).toEqual(rulesOnly('password/classes'));
      expect(checkPassword(TC_LINUX, '1234567!')).toEqual([]);
    });

    test('Tencent Windows needs 3 of 4', () => {
      expect(checkPassword(TC_WINDOWS, 'abcdefghijkL')).toEqual([
        { rule: 'password/classes', params: { min: 3, classes: FOUR } },
      ]);
      expect(checkPassword(TC_WINDOWS, 'abcdefghijK1')).toEqual([]);
      expect(checkPassword(TC_WINDOWS, 'abcdefghij1!')).toEqual([]);
    });

    test("Tencent's documented example passes on Linux and Windows", () => {
      expect(checkPassword(TC_LINUX, 'Qcloud@TestApi123++')).toEqual([]);
      expect(checkPassword(TC_WINDOWS, 'Qcloud@TestApi123++')).toEqual([]);
    });

    test('JD needs 3 of 4', () => {
      expect(checkPassword(JD, 'XqmPwXqm')).toEqual(rulesOnly('password/classes'));
      expect(checkPassword(JD, 'Xq7mP4wX')).toEqual([]);
      expect(checkPassword(JD, 'xq7mp4w!')).toEqual([]);
    });

    test('Zenlayer counts both letter cases as one class', () => {
      expect(checkPassword(ZENLAYER, 'example!123')).toEqual([]);
      expect(checkPassword(ZENLAYER, 'EXAMPLE!123')).toEqual([]);
      expect(checkPassword(ZENLAYER, 'Example1234')).toEqual([
        { rule: 'password/classes', params: { min: 3, classes: ['letter', 'digit', 'special'] } },
      ]);
      expect(checkPassword(ZENLAYER, 'Example!abc')).toEqual(rulesOnly('password/classes'));
      expect(checkPassword(ZENLAYER, '!!!!1234')).toEqual(rulesOnly('password/classes'));
    });
  });

  describe('banned words', () => {
    const banned = { rule: 'password/banned-word', params: { words: JD.bannedWords } };

    test.each(JD.bannedWords!)('JD bans %s', (word) => {
      expect(checkPassword(JD, `Xq7!${word}mP4`)).toContainEqual(banned);
    });

    test.each(['Jd', 'jD', 'Bug', 'Com', 'Cloud', 'cLOUD', 'Password', '36O'])(
      'JD allows the other case %s',
      (word) => {
        expect(checkPassword(JD, `Xq7!${word}mP4`)).toEqual([]);
      },
    );

    test('reports overlapping words once', () => {
      expect(checkPassword(JD, 'Xq7!jdcloud')).toEqual([banned]);
    });

    test('ignores an empty banned word', () => {
      expect(checkPassword({ ...TC_LINUX, bannedWords: [''] }, 'abcd1234')).toEqual([]);
    });
  });

  test('reports every rule once, in a stable order', () => {
    expect(rules(JD, 'jd jd abc abc 123 ' + 'x'.repeat(20))).toEqual([
      'password/length',
      'password/charset',
      'password/classes',
      'password/banned-word',
      'password/sequence',
    ]);
  });

  test('returns a fresh array and never aliases the policy', () => {
    const first = checkPassword(JD, 'jd');
    expect(first).not.toBe(checkPassword(JD, 'jd'));
    const classes = first.find((finding) => finding.rule === 'password/classes')?.params?.['classes'];
    expect(classes).toEqual(JD.classes);
    expect(classes).not.toBe(JD.classes);
  });

  describe('properties', () => {
    const policies = fc.constantFrom(...Object.values(POLICIES));

    test('never throws and reports each rule at most once', () => {
      fc.assert(
        fc.property(policies, fc.string({ unit: anyCodePoint, maxLength: 200 }), (policy, value) => {
          const found = rules(policy, value);
          expect(new Set(found).size).toBe(found.length);
          expect(found.every((rule) => rule.startsWith('password/'))).toBe(true);
        }),
        { numRuns: 500 },
      );
    });

    test('handles huge strings with the length finding only', () => {
      fc.assert(
        fc.property(
          policies,
          fc.constantFrom('a', '\ud800', '\u0000', '\u{1F600}', '!'),
          fc.constantFrom(1 << 20, 10 << 20),
          (policy, unit, length) => {
            expect(rules(policy, unit.repeat(length / unit.length))).toEqual(['password/length']);
          },
        ),
        {
          numRuns: 10,
        },
      );
    });

    test('never echoes the password', () => {
      fc.assert(
        fc.property(
          policies,
          fc.string({
            unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'),
            minLength: 4,
            maxLength: 40,
          }),
          (policy, value) => {
            fc.pre(!VOCABULARY.includes(value) && !JSON.stringify(policy).includes(value));
            expect(JSON.stringify(checkPassword(policy, value))).not.toContain(value);
          },
        ),
        {
          numRuns: 500,
        },
      );
    });

    test('accepts every string of allowed chars and length once it has the classes', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(TC_LINUX, TC_WINDOWS),
          fc.string({ unit: fc.constantFrom(...`abcXYZ019${TC_SPECIALS}`), minLength: 12, maxLength: 30 }),
          (policy, value) => {
            const found = rules(policy, value);
            expect(found.filter((rule) => rule !== 'password/classes')).toEqual([]);
          },
        ),
      );
    });
  });
});

/** Words findings may legitimately contain (rule ids, keys, severities, class names). */
const VOCABULARY = JSON.stringify(
  checkPassword({ ...JD, disputedSpecials: '?' }, 'jd!?012 abc' + 'x'.repeat(30)).concat(checkPassword(ZENLAYER, '?')),
);

function rulesOnly(rule: string): unknown[] {
  return [expect.objectContaining({ rule })];
}
