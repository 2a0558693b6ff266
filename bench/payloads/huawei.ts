import type { ApiPayloads } from './types.ts';
import { asReceived, framedBase64, randomBase64 } from './strings.ts';
import { HUAWEI_USERDATA } from '../../src/schemas/huawei/policies.ts';

const USERDATA_CAP = HUAWEI_USERDATA.maxDecodedBytes ?? 32768;

const path = { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8' };
const image = '67f433d8-ed0e-4321-a8a2-a71838539e09';
const metadata = { __system__encrypted: '1', __system__cmkid: '83cdb52d-9ebf-4469-9cfa-e7b5b80da846' };
/** A key pair, so the user data is the only other login setting (a password beside Linux user data warns). */
const keyPair = { keyname: 'KeyPair-350b', userid: '7e25b1da389f4697a79df3a0e5bd494e' };
const invalidBody = { adminpass: 'abcdefgh', ...keyPair, mode: 'stop', metadata: { __system__encrypted: '2', __system__cmkid: 'abc' } };

/** The payloads of one Huawei body member; `userData` says whether the API takes `metadata.user_data` (v2). */
function payloads(member: 'os-reinstall' | 'os-change', userData: boolean): ApiPayloads {
  const extra = member === 'os-change' ? { imageid: image } : {};
  const withUserData = (value: string) => asReceived({ ...path, [member]: { ...extra, ...keyPair, metadata: { ...metadata, user_data: value } } });
  return {
    os: 'linux',
    typical: asReceived({ ...path, [member]: { ...extra, adminpass: 'Cloud@2026x!', mode: 'withStopServer', metadata } }),
    userDataAtCap: userData ? withUserData(framedBase64('#!/bin/bash', USERDATA_CAP)) : undefined,
    invalid: asReceived({ ...path, server_id: 'b0a9d2b4/2cae', [member]: { ...extra, ...invalidBody } }),
    invalidIssues: 6,
    hugeHostname: undefined,
    hugeUserData: userData ? (chars) => withUserData(randomBase64(chars)) : undefined,
  };
}

/** Huawei Cloud ECS `ReinstallServerWithCloudInit` payloads; `metadata.user_data` caps at 32768 decoded bytes. */
export const HUAWEI_REINSTALL = payloads('os-reinstall', true);

/** Huawei Cloud ECS `ChangeServerOsWithCloudInit` payloads. */
export const HUAWEI_CHANGE = payloads('os-change', true);

/** Huawei Cloud ECS `ReinstallServerWithoutCloudInit` payloads: no user data, so (b) and (d2) do not apply. */
export const HUAWEI_REINSTALL_V1 = payloads('os-reinstall', false);

/** Huawei Cloud ECS `ChangeServerOsWithoutCloudInit` payloads. */
export const HUAWEI_CHANGE_V1 = payloads('os-change', false);
