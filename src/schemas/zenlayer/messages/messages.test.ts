import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { PreflightSchemaIssue } from '../../../engine/createSchema.ts';
import { en as fullEn } from '../../../errors/messages/en.ts';
import { itChecksVendorMessageTables } from '../../../../test/fixtures/vendorMessageTables.ts';
import { resetInstance } from '../index.ts';
import { en, zhCN } from './tables.ts';

/** User data measured in UTF-8 bytes (within the length gate, so the count is given), which no rule page shows. */
const EXTRA = [
  {
    api: 'zenlayer.zec.ResetInstance',
    os: 'linux',
    payload: { instanceId: '759357236395203627', password: 'Zen@2024', userData: '中'.repeat(6000) },
    fires: true,
  },
] as const;

describe("Zenlayer's message tables", () => {
  itChecksVendorMessageTables(
    {
      'zenlayer.zec.ResetInstance': resetInstance,
    },
    en,
    zhCN,
    EXTRA,
  );

  it('give the English messages when the factory is given no tables', () => {
    const issue = v.safeParse(resetInstance({ os: 'linux' }), { instanceId: '759357236395203627' }).issues?.[0] as PreflightSchemaIssue | undefined;
    expect(issue?.rule).toBe('credentials/missing');
    expect(issue?.message).toBe(fullEn.rules['credentials/missing']({ names: ['password', 'keyId'] }));
  });
});
