import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { PreflightSchemaIssue } from '../../../engine/createSchema.ts';
import { en as fullEn } from '../../../errors/messages/en.ts';
import { itChecksVendorMessageTables } from '../../../../test/fixtures/vendorMessageTables.ts';
import { changeServerOsWithCloudInit, changeServerOsWithoutCloudInit, reinstallServerWithCloudInit, reinstallServerWithoutCloudInit } from '../index.ts';
import { en, zhCN } from './tables.ts';

const R = 'huawei.ecs.ReinstallServerWithCloudInit';
const C = 'huawei.ecs.ChangeServerOsWithCloudInit';
const R1 = 'huawei.ecs.ReinstallServerWithoutCloudInit';
const C1 = 'huawei.ecs.ChangeServerOsWithoutCloudInit';
const PATH = { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8' };
const IMAGE = '67f433d8-ed0e-4321-a8a2-a71838539e09';
const b64 = (text: string) => Buffer.from(text).toString('base64');

/** Huawei reports these through the shared structural, password and user-data checks, which no rule page shows for Huawei. */
const EXTRA = [
  { api: R, payload: { ...PATH, 'os-reinstall': { adminpass: 12345678 } }, fires: true },
  { api: R, payload: { ...PATH, 'os-reinstall': { adminpass: 'Cloud@2026x!', imageid: IMAGE } }, fires: true },
  { api: R, payload: { ...PATH, 'os-reinstall': { adminpass: 'Cloud@2026x!', mode: 'stop' } }, fires: true },
  { api: R, payload: { ...PATH }, fires: true },
  { api: C, payload: { ...PATH, 'os-change': { adminpass: 'Cloud@2026x!' } }, fires: true },
  { api: C, payload: { ...PATH, 'os-change': { imageid: IMAGE, adminpass: 'Cl@1' } }, fires: true },
  { api: C, payload: { ...PATH, 'os-change': { imageid: IMAGE, adminpass: 'Cloud 2026x!' } }, fires: true },
  { api: C, payload: { ...PATH, 'os-change': { imageid: IMAGE, adminpass: 'Cloud~2026x' } }, fires: true },
  { api: C, payload: { ...PATH, 'os-change': { imageid: IMAGE, adminpass: 'cloudcloud' } }, fires: true },
  { api: R, payload: { ...PATH, 'os-reinstall': { adminpass: 'Cloud@2026x!', keyname: 'KeyPair-350b' } }, fires: true },
  { api: R, os: 'linux', payload: { ...PATH, 'os-reinstall': { keyname: 'k', userid: '7e25b1da389f4697a79df3a0e5bd494e', metadata: { user_data: 'not base64!' } } }, fires: true },
  { api: R, os: 'linux', payload: { ...PATH, 'os-reinstall': { keyname: 'k', userid: '7e25b1da389f4697a79df3a0e5bd494e', metadata: { user_data: b64('#!/bin/sh\n').replace(/=+$/, '') } } }, fires: true },
  { api: R, os: 'linux', payload: { ...PATH, 'os-reinstall': { keyname: 'k', userid: '7e25b1da389f4697a79df3a0e5bd494e', metadata: { user_data: b64(`#!/bin/sh\n${'e'.repeat(32768)}`) } } }, fires: true },
  { api: R1, os: 'windows', payload: { ...PATH, 'os-reinstall': { keyname: 'k' } }, fires: true },
  { api: C1, os: 'windows', payload: { ...PATH, 'os-change': { imageid: IMAGE, keyname: 'k' } }, fires: true },
  { api: C1, payload: { ...PATH, 'os-change': { imageid: IMAGE } }, fires: true },
] as const;

describe("Huawei Cloud's message tables", () => {
  itChecksVendorMessageTables(
    {
      [R]: reinstallServerWithCloudInit,
      [C]: changeServerOsWithCloudInit,
      [R1]: reinstallServerWithoutCloudInit,
      [C1]: changeServerOsWithoutCloudInit,
    },
    en,
    zhCN,
    EXTRA,
  );

  it('give the English messages when the factory is given no tables', () => {
    const payload = { ...PATH, 'os-reinstall': { adminpass: 'Admin#2026x!' } };
    const issue = v.safeParse(reinstallServerWithCloudInit({ os: 'windows' }), payload).issues?.[0] as PreflightSchemaIssue | undefined;
    expect(issue?.rule).toBe('password/contains-username');
    expect(issue?.message).toBe(fullEn.rules['password/contains-username']({ name: 'Administrator', reverse: true, runLength: 3 }));
  });
});
