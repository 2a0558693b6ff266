import { describe, expect, it } from 'vitest';
import type { Os } from '../rules/finding.ts';
import { RULE_EXAMPLES } from '../../scripts/docs-examples.ts';
import { validate } from '../validate.ts';
import { RULE_IDS } from './catalog.ts';
import { defaultSeverity } from './severity.ts';

const OSES: readonly (Os | undefined)[] = ['linux', 'windows', undefined];

describe('severity', () => {
  // severityOf reads no table: a rule whose default is a warning must say so on each finding it makes.
  // (Error rules may come out as warnings: a vendor's policy or an unknown OS can soften them.)
  it('never reports a rule whose default is not an error as an error, in any example, for any OS', () => {
    const seen = new Set<string>();
    for (const examples of Object.values(RULE_EXAMPLES)) {
      for (const example of examples ?? []) {
        for (const os of example.os ? [example.os] : OSES) {
          const options = { ...(os ? { os } : {}), ...(example.facts ? { facts: example.facts } : {}), ...(example.encoding ? { encoding: example.encoding } : {}) };
          for (const issue of validate(example.api as never, example.payload, options).issues) {
            if (defaultSeverity(issue.rule) === 'error') continue;
            seen.add(issue.rule);
            expect({ rule: issue.rule, severity: issue.severity }).toEqual({ rule: issue.rule, severity: defaultSeverity(issue.rule) });
          }
        }
      }
    }
    const nonError = RULE_IDS.filter((rule) => defaultSeverity(rule) !== 'error' && !rule.startsWith('lint/'));
    expect(nonError.filter((rule) => !seen.has(rule))).toEqual([]);
  });
});
