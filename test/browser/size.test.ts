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
 * (createSchema over an empty spec: the compiled walk, form coercion, one schema per entry, the
 * issue mapping) is 2,541 B, so a 4 KB form leaves about 1.5 KB for a vendor's rules, spec and
 * English together, which each vendor's rules and spec exceed before any message.
 */
const OVER_BUDGET: Readonly<Record<string, OverBudget>> = {
  tencent: {
    gzip: 7_220,
    zhCNExtra: 1_920,
    why:
      'Measured 7,149 B (zh-CN +1,884): 5,460 B before any message (the engine over an empty spec is 2,541 B, the rest ' +
      "Tencent's rules and spec), so no English table fits; the 25 rules' English is 1,682 B.",
  },
  jdcloud: {
    gzip: 9_100,
    zhCNExtra: 2_460,
    why: 'Measured 8,966 B (zh-CN +2,420): 6,828 B before any message (password runs, metadata and framing rules; 31 rules).',
  },
  zenlayer: {
    gzip: 5_960,
    why: 'Measured 5,872 B: 4,593 B before any message, of which 2,541 B is the engine over an empty spec.',
  },
  alibaba: {
    gzip: 6_150,
    why: 'Measured 6,058 B: 4,769 B before any message, of which 2,541 B is the engine over an empty spec.',
  },
  huawei: {
    gzip: 8_130,
    zhCNExtra: 2_330,
    why: 'Measured 8,006 B (zh-CN +2,290): 5,916 B before any message.',
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
