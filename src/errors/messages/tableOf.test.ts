import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../catalog.ts';
import { messageName, tableOf } from './tableOf.ts';

describe('messageName', () => {
  it('camel-cases a rule id', () => {
    expect(messageName('hostname/all-digits')).toBe('hostnameAllDigits');
    expect(messageName('instance-name/length')).toBe('instanceNameLength');
    expect(messageName('system-disk/type')).toBe('systemDiskType');
  });
});

describe('tableOf', () => {
  it("maps every rule to the module's export of its name, in identity order", () => {
    const forOs = (): string => 'os';
    const module = Object.fromEntries(RULE_IDS.map((rule) => [messageName(rule), () => rule]));
    const table = tableOf('xx', { ...module, forOs });
    expect(table.lang).toBe('xx');
    expect(table.forOs).toBe(forOs);
    expect(Object.keys(table.rules)).toEqual(RULE_IDS);
    for (const rule of RULE_IDS) expect(table.rules[rule]({})).toBe(rule);
  });
});

describe('tableOf, lazily', () => {
  it('reads the module on first use of the rules, once', () => {
    let reads = 0;
    const module = new Proxy({ forOs: (): string => 'os' } as Record<string, unknown> & { forOs: () => string }, {
      get(target, key) {
        if (key !== 'forOs') reads++;
        return target[key as string] ?? (() => String(key));
      },
    });
    const table = tableOf('xx', module);
    expect(reads).toBe(0);
    expect(table.rules['hostname/dot']({})).toBe('hostnameDot');
    const afterFirst = reads;
    expect(afterFirst).toBe(RULE_IDS.length);
    expect(table.rules['hostname/edge']({})).toBe('hostnameEdge');
    expect(reads).toBe(afterFirst);
  });
});
