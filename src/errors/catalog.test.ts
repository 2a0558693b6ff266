import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS, ruleDocsPath } from './catalog.ts';
import { defaultSeverity, severityOf } from './severity.ts';

describe('catalog', () => {
  it('lists every rule once, each with a family prefix and a description', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const rule of RULE_IDS) {
      expect(rule).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      expect(RULES[rule].description).toMatch(/\.$/);
      expect(RULES[rule].severity).toBe(defaultSeverity(rule));
    }
  });

  it('places each doc page under its family', () => {
    expect(ruleDocsPath('password/length')).toBe('docs/rules/password/length.md');
  });

  it('reports a finding at its own severity, else as an error', () => {
    expect(severityOf({ rule: 'userdata/padding', severity: 'warning' })).toBe('warning');
    expect(severityOf({ rule: 'parameter/unknown', severity: 'warning' })).toBe('warning');
    expect(severityOf({ rule: 'password/length' })).toBe('error');
    expect(defaultSeverity('userdata/padding')).toBe('warning');
  });
});
