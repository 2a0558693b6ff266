import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/size.ts';

/**
 * Issue 6's budget (`BUDGET` in `scripts/size.ts`, 4 KB gzip with English and
 * 1.5 KB more with zh-CN) is NOT MET yet: about 9-11 KB and 3.7-4 KB. The
 * English table, the field descriptions in the specs and the rule code are
 * most of it; issue 6 stays open for it, and `npm run size` prints the gap.
 *
 * A ratchet at the sizes measured when the budget test was written (plus
 * about 2%), so nothing grows while the budget is worked towards. Lower these
 * as sizes fall; replace them with `BUDGET` once it is met.
 */
const CEILING: Readonly<Record<string, { readonly gzip: number; readonly zhCNExtra: number }>> = {
  tencent: { gzip: 10_100, zhCNExtra: 3_800 },
  jdcloud: { gzip: 11_520, zhCNExtra: 4_040 },
  zenlayer: { gzip: 9_400, zhCNExtra: 3_800 },
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
    }
  });
});
