import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { PreflightIssue } from '../../build/createSchema.ts';
import { en as fullEn } from '../../../errors/messages/en.ts';
import { observeVendorMessages } from '../../../../test/fixtures/observeVendorMessages.ts';
import { resetInstance } from '../index.ts';
import { en } from './en.ts';
import { zhCN } from './zhCN.ts';

/** User data measured in UTF-8 bytes (within the length gate, so the count is given), which no rule page shows. */
const EXTRA = [
  {
    api: 'zenlayer.zec.ResetInstance',
    os: 'linux',
    payload: { instanceId: '759357236395203627', password: 'Zen@2024', userData: '中'.repeat(6000) },
    fires: true,
  },
] as const;

const observed = observeVendorMessages(
  {
    'zenlayer.zec.ResetInstance': resetInstance,
  },
  en,
  zhCN,
  EXTRA,
);

describe("Zenlayer's message tables", () => {
  it('have a message for every rule the schemas report, in both languages', () => {
    expect(observed.length).toBeGreaterThan(100);
    for (const { label, rule } of observed) {
      expect(Object.hasOwn(en.rules, rule), `${label}: ${rule} has no English message`).toBe(true);
      expect(Object.hasOwn(zhCN.rules, rule), `${label}: ${rule} has no Chinese message`).toBe(true);
    }
  });

  it('say what the full tables say', () => {
    for (const { label, rule, message, fullMessage } of observed) expect(message, `${label}: ${rule}`).toBe(fullMessage);
  });

  it('carry no rule the schemas never report', () => {
    expect(new Set(observed.map(({ rule }) => rule))).toEqual(new Set(Object.keys(en.rules)));
    expect(Object.keys(zhCN.rules)).toEqual(Object.keys(en.rules));
  });

  it('give the English messages when the factory is given no tables', () => {
    const issue = v.safeParse(resetInstance({ os: 'linux' }), { instanceId: '759357236395203627' }).issues?.[0] as PreflightIssue | undefined;
    expect(issue?.rule).toBe('credentials/missing');
    expect(issue?.message).toBe(fullEn.rules['credentials/missing']({ names: ['password', 'keyId'] }));
  });
});
