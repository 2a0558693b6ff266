import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { PreflightSchemaIssue } from '../../../engine/createSchema.ts';
import { en as fullEn } from '../../../errors/messages/en.ts';
import { itChecksVendorMessageTables } from '../../../../test/fixtures/vendorMessageTables.ts';
import { rebuildInstance, rebuildInstance103 } from '../index.ts';
import { en, zhCN } from './tables.ts';

const JD = 'jdcloud.vm.rebuildInstance';
const PATH = { regionId: 'cn-north-1', instanceId: 'i-eumm1x2yd6' };

/**
 * JD reports these through the shared structural, id and hostname checks, which no rule page shows for JD
 * (the region id is the one JD id without a prefix or an upper length).
 */
const EXTRA = [
  { api: JD, payload: { ...PATH, password: 12345678 }, fires: true },
  { api: JD, payload: { ...PATH, regionId: 'cn north 1' }, fires: true },
  { api: JD, payload: { ...PATH, hostname: '-web' }, fires: true },
  { api: JD, payload: { ...PATH, hostname: 'web--01' }, fires: true },
  { api: JD, os: 'windows', payload: { ...PATH, hostname: '12345' }, fires: true },
] as const;

describe("JD Cloud's message tables", () => {
  itChecksVendorMessageTables(
    {
      'jdcloud.vm.rebuildInstance': rebuildInstance,
      'jdcloud.vm.rebuildInstance@1.0.3': rebuildInstance103,
    },
    en,
    zhCN,
    EXTRA,
  );

  it('give the English messages when the factory is given no tables', () => {
    const issue = v.safeParse(rebuildInstance({ os: 'linux' }), { regionId: 'cn-north-1', instanceId: 'i-eumm1x2yd6', password: 'abc' }).issues?.[0] as PreflightSchemaIssue | undefined;
    expect(issue?.rule).toBe('password/length');
    expect(issue?.message).toBe(fullEn.rules['password/length']({ min: 8, max: 30 }));
  });
});
