import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { PreflightSchemaIssue } from '../../../engine/createSchema.ts';
import { en as fullEn } from '../../../errors/messages/en.ts';
import { itChecksVendorMessageTables } from '../../../../test/fixtures/vendorMessageTables.ts';
import { replaceSystemDisk } from '../index.ts';
import { en, zhCN } from './tables.ts';

describe("Alibaba's message tables", () => {
  itChecksVendorMessageTables({ 'alibaba.ecs.ReplaceSystemDisk': replaceSystemDisk }, en, zhCN);

  it('give the English messages when the factory is given no tables', () => {
    const payload = { InstanceId: 'i-bp67acfmxazb4ph1qxyz', ImageId: 'm-bp67acfmxazb4ph1abcd', Password: '/EcsV587!' };
    const issue = v.safeParse(replaceSystemDisk({ os: 'windows' }), payload).issues?.[0] as PreflightSchemaIssue | undefined;
    expect(issue?.rule).toBe('password/charset');
    expect(issue?.message).toBe(fullEn.rules['password/charset']({ allowed: '()`~!@#$%^&*-_+=|{}[]:;<>,.?/', first: '/' }));
  });
});
