import { describe, expect, it } from 'vitest';
import { validate } from '../../validate.ts';
import { specKeys, valueKeys, type Complete } from '../../../test/fixtures/requestFields.ts';
import {
  CHANGE_SERVER_OS_WITH_CLOUD_INIT,
  CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT,
  REINSTALL_SERVER_WITH_CLOUD_INIT,
  REINSTALL_SERVER_WITHOUT_CLOUD_INIT,
} from './serverOs.ts';
import type {
  HuaweiChangeServerOsWithCloudInitRequest,
  HuaweiChangeServerOsWithoutCloudInitRequest,
  HuaweiReinstallServerWithCloudInitRequest,
  HuaweiReinstallServerWithoutCloudInitRequest,
} from './request.ts';

const PATH = { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8' } as const;
const V1_METADATA = { __system__encrypted: '1', __system__cmkid: '83cdb52d-9ebf-4469-9cfa-e7b5b80da846', BYOL: 'true' } as const;
const LOGIN = { adminpass: 'Cloud@2026x!', keyname: 'KeyPair-350b', userid: '7e25b1da389f4697a79df3a0e5bd494e', mode: 'withStopServer' } as const;
const USER_DATA = Buffer.from('#cloud-config\n').toString('base64');

// Every member at every depth (a complete request is not a valid one: it gives both adminpass and keyname).
const REINSTALL_V2: Complete<HuaweiReinstallServerWithCloudInitRequest> = { ...PATH, 'os-reinstall': { ...LOGIN, metadata: { ...V1_METADATA, user_data: USER_DATA } } };
const CHANGE_V2: Complete<HuaweiChangeServerOsWithCloudInitRequest> = {
  ...PATH,
  'os-change': { imageid: '67f433d8-ed0e-4321-a8a2-a71838539e09', ...LOGIN, metadata: { ...V1_METADATA, user_data: USER_DATA }, isAutoPay: 'true' },
};
const REINSTALL_V1: Complete<HuaweiReinstallServerWithoutCloudInitRequest> = { ...PATH, 'os-reinstall': { ...LOGIN, metadata: V1_METADATA } };
const CHANGE_V1: Complete<HuaweiChangeServerOsWithoutCloudInitRequest> = {
  ...PATH,
  'os-change': { imageid: '67f433d8-ed0e-4321-a8a2-a71838539e09', ...LOGIN, metadata: V1_METADATA, isAutoPay: 'true' },
};

const CASES = [
  ['huawei.ecs.ReinstallServerWithCloudInit', REINSTALL_V2, REINSTALL_SERVER_WITH_CLOUD_INIT],
  ['huawei.ecs.ChangeServerOsWithCloudInit', CHANGE_V2, CHANGE_SERVER_OS_WITH_CLOUD_INIT],
  ['huawei.ecs.ReinstallServerWithoutCloudInit', REINSTALL_V1, REINSTALL_SERVER_WITHOUT_CLOUD_INIT],
  ['huawei.ecs.ChangeServerOsWithoutCloudInit', CHANGE_V1, CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT],
] as const;

const STRUCTURAL = ['parameter/type', 'parameter/enum', 'parameter/unknown', 'parameter/required'];

describe('Huawei Cloud request types', () => {
  it('name every parameter of their spec, at every depth, and no other', () => {
    for (const [id, request, spec] of CASES) expect(valueKeys(request), id).toEqual(specKeys(spec.fields));
  });

  it('type each parameter as the spec does: a complete request has no structural issue', () => {
    for (const [id, request] of CASES) {
      const structural = validate(id, request, { os: 'linux' }).issues.filter((issue) => STRUCTURAL.includes(issue.rule) && issue.severity === 'error');
      expect(structural, id).toEqual([]);
    }
  });
});
