import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/size.ts';

/**
 * Issue 6's budget (`BUDGET` in `scripts/size.ts`, 4 KB gzip with English and
 * 1.5 KB more with zh-CN) is NOT MET yet: with the vendor message tables
 * about 5.3-8.5 KB gzip with English, and zh-CN adds 1.4-2.6 KB (Zenlayer's
 * 1.4 KB is within its part). The vendor's messages (a quarter of Tencent's
 * minified bundle), the rule code and the schema builder are most of it;
 * issue 6 stays open for it, and `npm run size` prints the gap.
 *
 * A ratchet at the sizes measured when the vendor tables came in (plus about
 * 2%), so nothing grows while the budget is worked towards. Lower these as
 * sizes fall; replace them with `BUDGET` once it is met.
 */
const CEILING: Readonly<Record<string, { readonly gzip: number; readonly zhCNExtra: number }>> = {
  tencent: { gzip: 5_950, zhCNExtra: 1_600 },
  jdcloud: { gzip: 7_940, zhCNExtra: 2_250 },
  zenlayer: { gzip: 4_750, zhCNExtra: 1_100 },
};

describe('bundle size (npm run size)', () => {
  it('measures every vendor and stays under the ratchet', async () => {
    const rows = await measure();
    expect(rows.map((row) => row.vendor)).toEqual(['tencent', 'jdcloud', 'zenlayer']);
    for (const row of rows) {
      const ceiling = CEILING[row.vendor];
      expect(ceiling, row.vendor).toBeDefined();
      expect(row.gzip, `${row.vendor} gzip with English`).toBeLessThanOrEqual(ceiling?.gzip ?? 0);
      expect(row.gzipWithZhCN - row.gzip, `${row.vendor} zh-CN extra`).toBeLessThanOrEqual(ceiling?.zhCNExtra ?? 0);
      // The vendor table tree-shakes: a bundle with it is smaller than one with every rule's message.
      expect(row.gzip, `${row.vendor} gzip with the vendor table vs the full one`).toBeLessThan(row.gzipFullEn);
    }
  });
});
