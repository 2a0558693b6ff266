import type { ApiPayloads } from './types.ts';
import { asReceived, framedBase64, longHostname, randomBase64 } from './strings.ts';
import { JD_USERDATA } from '../../src/schemas/jdcloud/policies.ts';

const USERDATA_CAP = JD_USERDATA.maxDecodedBytes ?? 16384;

const path = { regionId: 'cn-north-1', instanceId: 'i-r8hr2upy7k' };
const typical = {
  ...path,
  imageId: 'img-m5s0bpx4gz',
  password: 'Jd#Vm9x!Pq2w',
  hostname: 'web-01.prod',
  metadata: [{ key: 'env', value: 'prod' }],
  passWordAuth: 'yes',
};

/** JD Cloud VM `rebuildInstance` v1 payloads; `userdata` caps at 16384 decoded bytes (21848 characters). */
export const JDCLOUD: ApiPayloads = {
  os: 'linux',
  typical: asReceived(typical),
  userDataAtCap: asReceived({ ...typical, userdata: [{ key: 'launch-script', value: framedBase64('#!/bin/bash', USERDATA_CAP) }] }),
  invalid: asReceived({
    ...path,
    instanceId: 'x-r8hr2upy7k',
    password: 'abcdefgh',
    hostname: 'web..01',
    metadata: [{ key: 'env', value: '1' }, { key: 'ENV', value: '2' }],
    passWordAuth: 'maybe',
  }),
  invalidIssues: 6,
  hugeHostname: (chars) => asReceived({ ...typical, hostname: longHostname(chars) }),
  hugeUserData: (chars) => asReceived({ ...typical, userdata: [{ key: 'launch-script', value: randomBase64(chars) }] }),
};

/** JD Cloud `rebuildInstance` "1.0.3" payloads: no hostname, no userdata, so (b) and (d) do not apply. */
export const JDCLOUD_103: ApiPayloads = {
  os: 'linux',
  typical: asReceived({ ...path, imageId: typical.imageId, password: typical.password }),
  userDataAtCap: undefined,
  invalid: asReceived({ ...path, instanceId: 'x-r8hr2upy7k', imageId: 'image-1', password: 'abcdefgh', keyNames: ['bad name!'], hostname: 'web-01' }),
  invalidIssues: 6,
  hugeHostname: undefined,
  hugeUserData: undefined,
};
