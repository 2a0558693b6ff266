import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { PreflightSchemaIssue } from '../../../engine/createSchema.ts';
import { en as fullEn } from '../../../errors/messages/en.ts';
import { itChecksVendorMessageTables } from '../../../../test/fixtures/vendorMessageTables.ts';
import { resetInstance, resetInstanceApi2 } from '../index.ts';
import { en, zhCN } from './tables.ts';

describe("Tencent's message tables", () => {
  itChecksVendorMessageTables(
    {
      'tencent.cvm.ResetInstance': resetInstance,
      'tencent.cvm.ResetInstance@api2': resetInstanceApi2,
    },
    en,
    zhCN,
  );

  it('give the English messages when the factory is given no tables', () => {
    const issue = v.safeParse(resetInstance({ os: 'windows' }), { InstanceId: 'ins-r8hr2upy', HostName: 'web.01' }).issues?.[0] as PreflightSchemaIssue | undefined;
    expect(issue?.rule).toBe('hostname/dot');
    expect(issue?.message).toBe(fullEn.rules['hostname/dot']({}));
  });
});
