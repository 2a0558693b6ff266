import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Finding, FindingParam, Os } from '../rules/finding.ts';
import type { MessageTable } from './messages/types.ts';
import { RULE_IDS } from './catalog.ts';
import { en } from './messages/en.ts';
import { zhCN } from './messages/zhCN.ts';
import { cachedMessage } from './cachedMessage.ts';
import { formatMessage } from './formatMessage.ts';

/** A table whose messages count their calls, to see when a message is made and when one is reused. */
function countingTable(): { table: MessageTable; made: () => number } {
  let calls = 0;
  const rules = new Proxy(en.rules, {
    get: (target, rule) => (params: Parameters<(typeof en.rules)['password/length']>[0]) => {
      calls++;
      return (target[rule as keyof typeof target] as (typeof en.rules)['password/length'])(params);
    },
  });
  return { table: { lang: 'en', rules, forOs: en.forOs }, made: () => calls };
}

const param: fc.Arbitrary<FindingParam> = fc.oneof(
  fc.constantFrom('lower', 'upper', 'digit', 'special', 'lower-alnum', 'ins-', 'query', 'json', 'array', 'boolean', 'url-safe'),
  fc.integer({ min: 0, max: 3 }),
  fc.boolean(),
  fc.array(fc.constantFrom('lower', 'upper', 'digit', 'special', 'a', 'b'), { maxLength: 4 }),
);

const finding = (rules: fc.Arbitrary<Finding['rule']>): fc.Arbitrary<Finding> => fc.record(
  {
    rule: rules,
    params: fc.dictionary(fc.constantFrom('min', 'max', 'classes', 'expected', 'encoding', 'first', 'prefix', 'alphabet', 'length', 'suggestion'), param, {
      maxKeys: 4,
    }),
    os: fc.constantFrom<Os>('linux', 'windows'),
  },
  { requiredKeys: ['rule'] },
);

const small = fc.integer({ min: 1, max: 3 });
const os = fc.constantFrom<Os>('linux', 'windows');
const mostly: { requiredKeys: ('rule' | 'params' | 'os')[] } = { requiredKeys: ['rule', 'params'] };

/** Findings of a few rules in the shapes their rules make them, values from small sets: a run repeats and varies them. */
const shaped: fc.Arbitrary<Finding> = fc.oneof(
  fc.record({ rule: fc.constant('password/classes' as const), params: fc.record({ min: small, classes: fc.subarray(['lower', 'upper', 'digit', 'special']) }), os }, mostly),
  fc.record({ rule: fc.constant('password/length' as const), params: fc.record({ min: small, max: small }), os }, mostly),
  fc.record({ rule: fc.constant('parameter/type' as const), params: fc.record({ expected: fc.constantFrom('boolean', 'array'), encoding: fc.constant('query') }, { requiredKeys: ['expected'] }) }),
  fc.record({ rule: fc.constant('parameter/unknown' as const), params: fc.record({ redacted: fc.constant(true), suggestion: fc.constantFrom('HostName', 'ImageId') }, { requiredKeys: ['redacted'] }) }),
  fc.record({ rule: fc.constant('identifier/format' as const), params: fc.record({ prefix: fc.constantFrom('ins-', 'img-'), alphabet: fc.constant('lower-alnum'), length: small }) }),
);

describe('cachedMessage', () => {
  it('says what formatMessage says, over a run of findings in both languages', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(finding(fc.constantFrom(...RULE_IDS)), fc.constantFrom(en, zhCN)), { maxLength: 40 }), (run) => {
        for (const [each, table] of run) expect(cachedMessage(each, table)).toBe(formatMessage(each, table));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(shaped, fc.constantFrom(en, zhCN)), { maxLength: 60 }), (run) => {
        for (const [each, table] of run) expect(cachedMessage(each, table)).toBe(formatMessage(each, table));
      }),
    );
  });

  it('reuses the last message of a rule for equal parameters, and makes a new one when any differs', () => {
    const { table, made } = countingTable();
    const classes = (min: number, list: string[]): Finding => ({ rule: 'password/classes', params: { min, classes: list } });
    cachedMessage(classes(2, ['lower', 'digit']), table);
    expect(cachedMessage(classes(2, ['lower', 'digit']), table)).toBe('Use characters from at least 2 of: lowercase letters, digits.');
    expect(made()).toBe(1);
    expect(cachedMessage(classes(3, ['lower', 'digit']), table)).toBe('Use characters from at least 3 of: lowercase letters, digits.');
    expect(cachedMessage(classes(3, ['lower', 'upper']), table)).toBe('Use characters from at least 3 of: lowercase letters, uppercase letters.');
    expect(cachedMessage(classes(3, ['lower']), table)).toBe('Use characters from at least 3 of: lowercase letters.');
    expect(cachedMessage({ rule: 'password/classes', params: { classes: ['lower'], min: 3 } }, table)).toBe(
      'Use characters from at least 3 of: lowercase letters.',
    );
    expect(made()).toBe(5);
  });

  it('tells a one-OS finding, a missing parameter and an extra one apart', () => {
    const { table, made } = countingTable();
    expect(cachedMessage({ rule: 'hostname/dot' }, table)).toBe(formatMessage({ rule: 'hostname/dot' }, en));
    expect(cachedMessage({ rule: 'hostname/dot', os: 'windows' }, table)).toBe(formatMessage({ rule: 'hostname/dot', os: 'windows' }, en));
    expect(cachedMessage({ rule: 'parameter/unknown', params: { redacted: true } }, table)).toContain('Its name is not shown');
    expect(cachedMessage({ rule: 'parameter/unknown', params: { redacted: true, suggestion: 'HostName' } }, table)).toContain('did you mean "HostName"');
    expect(cachedMessage({ rule: 'parameter/unknown', params: { redacted: true } }, table)).toContain('remove it');
    expect(made()).toBe(4);
  });

  it('keeps the last four messages of a rule, so one report breaking it at a few parameters makes each once', () => {
    const { table, made } = countingTable();
    const ids = ['ins-', 'img-', 'disk-', 'snap-', 'vpc-'].map((prefix): Finding => ({ rule: 'identifier/format', params: { prefix, alphabet: 'alnum', length: 8 } }));
    for (let round = 0; round < 3; round++) for (const id of ids.slice(0, 4)) expect(cachedMessage(id, table)).toBe(formatMessage(id, en));
    expect(made()).toBe(4);
    for (const id of ids) expect(cachedMessage(id, table)).toBe(formatMessage(id, en));
    expect(made()).toBe(5);
    // The fifth put out the oldest.
    expect(cachedMessage(ids[0] as Finding, table)).toBe(formatMessage(ids[0] as Finding, en));
    expect(made()).toBe(6);
  });

  it('keeps a copy of a list, so a rule that changes its list after the message changes nothing', () => {
    const list = ['lower', 'digit'];
    expect(cachedMessage({ rule: 'password/classes', params: { min: 2, classes: list } }, en)).toContain('lowercase letters, digits');
    list[1] = 'upper';
    expect(cachedMessage({ rule: 'password/classes', params: { min: 2, classes: list } }, en)).toContain('lowercase letters, uppercase letters');
  });

  it('keeps no long text parameter: the message is made again', () => {
    const { table, made } = countingTable();
    const name = 'a'.repeat(1000);
    cachedMessage({ rule: 'parameter/required', params: { name } }, table);
    expect(cachedMessage({ rule: 'parameter/required', params: { name } }, table)).toBe(`Add "${name}": it is required.`);
    expect(made()).toBe(2);
  });

  it('reads inherited keys as the messages do, under a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const plain: Finding = { rule: 'parameter/unknown', params: { redacted: true } };
    expect(cachedMessage(plain, en)).toBe(formatMessage(plain, en));
    proto['suggestion'] = 'HostName';
    try {
      expect(cachedMessage(plain, en)).toBe(formatMessage(plain, en));
      proto['suggestion'] = 'ImageId';
      expect(cachedMessage(plain, en)).toBe(formatMessage(plain, en));
      proto['suggestion'] = { not: 'a list' };
      expect(() => cachedMessage({ rule: 'hostname/dot', params: {} }, en)).not.toThrow();
    } finally {
      delete proto['suggestion'];
    }
    expect(cachedMessage(plain, en)).toBe(formatMessage(plain, en));
  });
});
