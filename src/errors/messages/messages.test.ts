import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../rules/ruleId.ts';
import type { MessageParams } from './types.ts';
import { RULE_IDS } from '../catalog.ts';
import * as enModule from './en.ts';
import * as zhCNModule from './zhCN.ts';
import { en } from './en.ts';
import { zhCN } from './zhCN.ts';

/** Parameters of the shapes rule functions emit, so every branch of every message is exercised. */
const PARAM_SETS: readonly MessageParams[] = [
  {},
  { min: 8, max: 30, name: 'HostName', expected: 'string', allowed: ['a', 'b'], classes: ['lower', 'digit'], words: ['jd'], runLength: 3 },
  { prefix: 'ins-', alphabet: 'lower-alnum', length: 8, part: 'prefix', suggestion: 'HostName', dots: true, chars: '.-', disputed: ['012'] },
  { alphabet: 'name', min: 1, max: 32, part: 'alphabet', hint: 'url-safe', unit: 'decoded-bytes', actual: 16385, os: 'linux', reason: 'bom', expected: ['#!/bin/bash'] },
  { hint: 'whitespace', unit: 'encoded-chars', os: 'windows', reason: 'missing', with: 'Password', names: ['Password', 'KeyIds'], suffix: '-', extra: '-.' },
  { hint: 'padding', unit: 'bytes', os: 'unknown', reason: 'disputed', missing: 2, state: 'RUNNING', diskTypes: ['CLOUD_SSD'], status: 'CREATING', instanceType: 'S5.SMALL2' },
];

describe.each([en, zhCN])('$lang messages', (table) => {
  it.each(RULE_IDS)('%s has a complete message for every parameter shape', (rule) => {
    for (const params of PARAM_SETS) {
      const message = table.rules[rule](params);
      expect(message.length).toBeGreaterThan(8);
      expect(message).not.toMatch(/undefined|NaN|\[object|\$\{/);
    }
  });

  it('prefixes one-OS messages with the OS', () => {
    expect(table.forOs('windows', 'x')).toContain('Windows');
    expect(table.forOs('linux', 'x')).toContain('Linux');
  });
});

describe('languages', () => {
  it('are different texts, so a missing translation cannot hide', () => {
    for (const rule of RULE_IDS) expect(zhCN.rules[rule](PARAM_SETS[1] ?? {})).not.toBe(en.rules[rule](PARAM_SETS[1] ?? {}));
  });
});

// Vendor tables import each message by this name, so a browser bundle keeps only the messages it maps.
const camelCase = (rule: string): string => rule.replace(/[/-](.)/g, (_, letter: string) => letter.toUpperCase());

describe('named exports', () => {
  it.each(RULE_IDS)('%s is exported under its camelCase name in both languages, as the full table has it', (rule) => {
    expect((enModule as Readonly<Record<string, unknown>>)[camelCase(rule)]).toBe(en.rules[rule]);
    expect((zhCNModule as Readonly<Record<string, unknown>>)[camelCase(rule)]).toBe(zhCN.rules[rule]);
  });

  it('export forOs as the full tables have it', () => {
    expect(enModule.forOs).toBe(en.forOs);
    expect(zhCNModule.forOs).toBe(zhCN.forOs);
  });
});

describe('variant exports', () => {
  /**
   * Each variant export: its rule, and parameters of the shapes it covers. A vendor table maps a rule to a
   * variant when that vendor's schemas produce no other shape, so the variant must say what the rule's
   * full message says for each of them.
   */
  const VARIANTS: Readonly<Record<string, { readonly rule: RuleId; readonly params: readonly MessageParams[] }>> = {
    parameterTypeJson: { rule: 'parameter/type', params: [{ expected: 'string' }, { expected: 'integer' }, { expected: 'object' }] },
    parameterTypeQuery: {
      rule: 'parameter/type',
      params: [
        ...['boolean', 'integer', 'object', 'array', 'string', 'query'].map((expected) => ({ expected, encoding: 'query' })),
        // A type the form wording does not cover falls back to the JSON wording.
        { expected: 'number', encoding: 'query' },
      ],
    },
    parameterUnknownSuggestion: { rule: 'parameter/unknown', params: [{ name: 'Hostname', suggestion: 'HostName' }, { redacted: true, suggestion: 'HostName' }] },
    parameterUnknownRemove: { rule: 'parameter/unknown', params: [{ name: 'timeZone' }, { redacted: true }] },
    identifierFormatShaped: {
      rule: 'identifier/format',
      params: [
        { prefix: 'i-', alphabet: 'lower-alnum', length: 10, part: 'prefix' },
        { prefix: '', alphabet: 'name', min: 1, max: 32, part: 'alphabet' },
        { prefix: '', alphabet: 'name', min: 1, part: 'length' },
        { prefix: 'key-', alphabet: 'alnum', min: 1, part: 'alphabet' },
      ],
    },
    identifierFormatLowerAlnum: {
      rule: 'identifier/format',
      params: [
        { prefix: 'ins-', alphabet: 'lower-alnum', length: 8, part: 'length' },
        { prefix: '', alphabet: 'lower-alnum', min: 2, max: 6, part: 'alphabet' },
      ],
    },
    identifierFormatHex: {
      rule: 'identifier/format',
      params: [
        { groups: '8-4-4-4-12', part: 'shape' },
        { groups: '32', part: 'shape' },
        { groups: '8-4-4-4-12', part: 'url' },
      ],
    },
    passwordCharsetInvalid: { rule: 'password/charset', params: [{ allowed: "()`~!@#$%^&*-+=|{}[]:;',.?/" }] },
    passwordCharsetDisputed: { rule: 'password/charset', params: [{ allowed: '~!@$^*-_=+', disputed: '|;:,.?`' }] },
    passwordCharsetFirst: { rule: 'password/charset', params: [{ allowed: '()`~!@#$%^&*-_+=|{}[]:;<>,.?/', first: '/' }] },
    systemDiskSizePositive: { rule: 'system-disk/size', params: [{}] },
    systemDiskSizeRange: {
      rule: 'system-disk/size',
      params: [
        { min: 1, max: 2048 },
        { min: 20, max: 500, reason: 'category' },
      ],
    },
    userdataSizeEncodedChars: { rule: 'userdata/size', params: [{ max: 16384, unit: 'encoded-chars', actual: 16388 }] },
    userdataSizeDecodedBytes: { rule: 'userdata/size', params: [{ max: 16384, unit: 'decoded-bytes', actual: 16396 }] },
    userdataSizeUtf8Bytes: {
      rule: 'userdata/size',
      params: [
        { max: 16384, unit: 'utf8-bytes', actual: 18000 },
        { max: 16384, unit: 'utf8-bytes' },
      ],
    },
  };

  const ruleNames = new Set<string>(RULE_IDS.map(camelCase));
  const variantNames = (module: Readonly<Record<string, unknown>>): string[] =>
    Object.keys(module).filter((name) => typeof module[name] === 'function' && name !== 'forOs' && !ruleNames.has(name));

  it('are the same in both languages, and each is listed here', () => {
    expect(variantNames(zhCNModule).sort()).toEqual(variantNames(enModule).sort());
    expect(variantNames(enModule).sort()).toEqual(Object.keys(VARIANTS).sort());
  });

  describe.each([
    { table: en, module: enModule as Readonly<Record<string, unknown>> },
    { table: zhCN, module: zhCNModule as Readonly<Record<string, unknown>> },
  ])('$table.lang', ({ table, module }) => {
    it.each(Object.entries(VARIANTS))('%s says what the full table says for its parameters', (name, { rule, params }) => {
      const variant = module[name] as (params: MessageParams) => string;
      for (const shape of params) expect(variant(shape), JSON.stringify(shape)).toBe(table.rules[rule](shape));
    });
  });
});

describe('a key not shown (issue 13)', () => {
  const tables = [enModule.en, zhCNModule.zhCN];

  it.each(['index', 'gap', 'repeated', 'conflict', 'empty-segment', 'other'])('parameter/flattening %s without a key says it is not shown, in both languages', (reason) => {
    for (const table of tables) {
      const message = table.rules['parameter/flattening']({ reason, redacted: true, index: 2 });
      expect(message).toMatch(/not shown|不予显示/);
      expect(message).not.toContain('""');
      expect(message).not.toContain('“”');
    }
  });

  it('parameter/unknown without a name says it is not shown, with or without a suggestion, in both languages', () => {
    for (const table of tables) {
      for (const params of [{ redacted: true }, { redacted: true, suggestion: 'HostName' }]) {
        const message = table.rules['parameter/unknown'](params);
        expect(message).toMatch(/not shown|不予显示/);
        expect(message).not.toContain('""');
        expect(message).not.toContain('“”');
      }
    }
  });
});
