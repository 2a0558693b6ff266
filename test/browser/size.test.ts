import { describe, expect, it } from 'vitest';
import { BUDGET, measure } from '../../scripts/size.ts';
import { vendorEntries } from '../../scripts/vendorEntries.ts';

/** A vendor that cannot fit the budget: the ceiling it is held to instead, and why (with `npm run size`'s breakdown). */
interface OverBudget {
  /** The ceiling for gzip with English, where it exceeds `BUDGET.gzip`. */
  readonly gzip?: number;
  /** The ceiling for what zh-CN adds, where it exceeds `BUDGET.zhCNExtra`. */
  readonly zhCNExtra?: number;
  /** What the bytes are and what would have to give. */
  readonly why: string;
}

/**
 * The vendors whose form schema does not fit `BUDGET` (issue 16: 4,096 B gzip with English, 1,536 B
 * more with zh-CN) with the rules and the engine they run, each held to a ceiling a little above what
 * it measures. Every other vendor is held to the budget itself. An entry for a vendor that fits is
 * stale and fails, so ceilings go as sizes come down. What would have to give: the engine alone
 * (createSchema over an empty spec with `form: true`: the compiled walk, form coercion, one schema per
 * entry, the issue mapping, valibot's getGlobalConfig for `~standard`) is 2,507 B, so a 4 KB form
 * leaves about 1.6 KB for a vendor's rules, spec and English together, which each vendor's rules and
 * spec exceed before any message. The gzip bytes by part are `npm run size`'s (what each part adds to
 * the bundle's gzip, in bundle order).
 */
const OVER_BUDGET: Readonly<Record<string, OverBudget>> = {
  tencent: {
    gzip: 7_215,
    zhCNExtra: 1_915,
    why:
      'Measured 7,166 B (zh-CN +1,889): 5,475 B before any message, so no English table fits; by part engine 2,625, ' +
      "rules 1,601, English 1,738, spec 1,042, valibot 143 (the 25 rules' English adds 1,691 B over rule ids).",
  },
  jdcloud: {
    gzip: 9_055,
    zhCNExtra: 2_460,
    why:
      'Measured 8,964 B (zh-CN +2,431): 6,836 B before any message (password runs, metadata and framing rules; 31 rules); ' +
      'by part engine 2,620, rules 2,894, English 2,250, spec 1,043, valibot 143.',
  },
  zenlayer: {
    gzip: 5_920,
    why:
      'Measured 5,882 B: 4,595 B before any message; by part engine 2,619, rules 1,385, English 1,311, spec 409, valibot 143. ' +
      'Fitting takes 1,786 B off. Measured at 5,820 B (before the redacted-key cache and addFinding added 31 B): without its password ' +
      'rules (647), keyId shape (652), user-data warning (314) and time-zone check (268) it was 3,892 B; without English ' +
      '(rule ids), form coercion, ~standard and the entry schemas, 4,084 B.',
  },
  alibaba: {
    gzip: 6_115,
    why: 'Measured 6,077 B: 4,788 B before any message; by part engine 2,621, rules 869, English 1,327, spec 1,100, valibot 143.',
  },
  huawei: {
    gzip: 8_105,
    zhCNExtra: 2_330,
    why:
      'Measured 8,066 B (zh-CN +2,299): 5,973 B before any message; by part engine 2,620, rules 2,006, English 2,155, ' +
      'spec 1,125, valibot 143.',
  },
};

describe('bundle size (npm run size)', () => {
  it('holds every vendor to the budget, or to its documented ceiling', async () => {
    const rows = await measure();
    expect(rows.map((row) => row.vendor)).toEqual(vendorEntries().map((entry) => entry.vendor));
    for (const row of rows) {
      const over = OVER_BUDGET[row.vendor];
      const zhCNExtra = row.gzipWithZhCN - row.gzip;
      if (over?.gzip !== undefined) expect(row.gzip, `${row.vendor} fits the English budget: drop its ceiling`).toBeGreaterThan(BUDGET.gzip);
      if (over?.zhCNExtra !== undefined) expect(zhCNExtra, `${row.vendor} fits the zh-CN budget: drop its ceiling`).toBeGreaterThan(BUDGET.zhCNExtra);
      expect(row.gzip, `${row.vendor} gzip with English`).toBeLessThanOrEqual(over?.gzip ?? BUDGET.gzip);
      expect(zhCNExtra, `${row.vendor} zh-CN extra`).toBeLessThanOrEqual(over?.zhCNExtra ?? BUDGET.zhCNExtra);
      // The vendor table tree-shakes: a bundle with it is smaller than one with every rule's message.
      expect(row.gzip, `${row.vendor} gzip with the vendor table vs the full one`).toBeLessThan(row.gzipFullEn);
    }
  });
});
