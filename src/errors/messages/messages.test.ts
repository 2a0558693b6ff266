import { describe, expect, it } from 'vitest';
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

describe('named exports', () => {
  // Vendor tables import each message by this name, so a browser bundle keeps only the messages it maps.
  const camelCase = (rule: string): string => rule.replace(/[/-](.)/g, (_, letter: string) => letter.toUpperCase());

  it.each(RULE_IDS)('%s is exported under its camelCase name in both languages, as the full table has it', (rule) => {
    expect((enModule as Readonly<Record<string, unknown>>)[camelCase(rule)]).toBe(en.rules[rule]);
    expect((zhCNModule as Readonly<Record<string, unknown>>)[camelCase(rule)]).toBe(zhCN.rules[rule]);
  });

  it('export forOs as the full tables have it', () => {
    expect(enModule.forOs).toBe(en.forOs);
    expect(zhCNModule.forOs).toBe(zhCN.forOs);
  });
});
