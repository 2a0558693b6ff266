import type { RuleExample } from '../../../engine/spec/ruleExample.ts';
import type { Os } from '../../../rules/finding.ts';
import type { RuleId } from '../../../rules/ruleId.ts';

const HW = 'huawei.ecs.ReinstallServerWithCloudInit';
const HW_CHANGE_V1 = 'huawei.ecs.ChangeServerOsWithoutCloudInit';
const HW_PATH = { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8' };
const HW_IMAGE = '67f433d8-ed0e-4321-a8a2-a71838539e09';
const script = (text: string): string => Buffer.from(text).toString('base64');
const hw = (body: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample =>
  os ? { api: HW, os, payload: { ...HW_PATH, 'os-reinstall': body }, fires } : { api: HW, payload: { ...HW_PATH, 'os-reinstall': body }, fires };
const hwChangeV1 = (body: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample =>
  os
    ? { api: HW_CHANGE_V1, os, payload: { ...HW_PATH, 'os-change': { imageid: HW_IMAGE, ...body } }, fires }
    : { api: HW_CHANGE_V1, payload: { ...HW_PATH, 'os-change': { imageid: HW_IMAGE, ...body } }, fires };

/** Huawei Cloud's examples per rule id, shown on the rule pages (`docs/rules/`); each fires, or not, as declared. */
export const RULE_EXAMPLES: Readonly<Partial<Record<RuleId, readonly RuleExample[]>>> = {
  'identifier/format': [
    { api: HW, payload: { ...HW_PATH, server_id: 'b0a9d2b4/../other', 'os-reinstall': { adminpass: 'Cloud@2026x!' } }, fires: true },
    hwChangeV1({ imageid: 'ubuntu-22.04', adminpass: 'Cloud@2026x!' }, true),
  ],
  'parameter/required-when-empty': [
    hw({ mode: 'withStopServer' }, true),
    hw({ userid: '7e25b1da389f4697a79df3a0e5bd494e' }, true, 'linux'),
    hw({ keyname: 'KeyPair-350b', userid: '7e25b1da389f4697a79df3a0e5bd494e' }, false, 'linux'),
    hw({ metadata: { user_data: script('#cloud-config\nchpasswd: { expire: false }\n') } }, false, 'linux'),
  ],
  'password/contains-username': [
    hw({ adminpass: 'Admin@2026x!' }, true, 'windows'),
    hw({ adminpass: 'Cloud@2026x!tor' }, true, 'windows'),
    hw({ adminpass: 'Cloud@2026x!ADM' }, true, 'windows'),
    hw({ adminpass: 'Cloud@root2026' }, true, 'linux'),
    hw({ adminpass: 'Cloud@2026x!' }, false, 'windows'),
    hw({ adminpass: 'Cloud@rot2026' }, false, 'windows'),
  ],
  'userdata/framing': [
    hw({ keyname: 'KeyPair-350b', userid: '7e25b1da389f4697a79df3a0e5bd494e', metadata: { user_data: script('echo hello\n') } }, true, 'linux'),
    hw({ keyname: 'KeyPair-350b', userid: '7e25b1da389f4697a79df3a0e5bd494e', metadata: { user_data: script('#cloud-config\nruncmd: [ls]\n') } }, false, 'linux'),
  ],
  'credentials/missing': [hwChangeV1({ mode: 'withStopServer' }, true)],
  'credentials/ignored': [hw({ adminpass: 'Cloud@2026x!', metadata: { user_data: script('#!/bin/bash\necho hi\n') } }, true, 'linux')],
  'preflight/instance-state': [
    { api: HW, facts: { instance: { state: 'ACTIVE' } }, payload: { ...HW_PATH, 'os-reinstall': { adminpass: 'Cloud@2026x!' } }, fires: true },
    { api: HW, facts: { instance: { state: 'ACTIVE' } }, payload: { ...HW_PATH, 'os-reinstall': { adminpass: 'Cloud@2026x!', mode: 'withStopServer' } }, fires: false },
  ],
  'preflight/image-state': [
    { api: HW_CHANGE_V1, facts: { image: { status: 'queued' } }, payload: { ...HW_PATH, 'os-change': { imageid: HW_IMAGE, adminpass: 'Cloud@2026x!' } }, fires: true },
  ],
  'preflight/system-disk': [
    { api: HW, facts: { instance: { state: 'SHUTOFF', hasSystemDisk: false } }, payload: { ...HW_PATH, 'os-reinstall': { adminpass: 'Cloud@2026x!' } }, fires: true },
    { api: HW, facts: { instance: { state: 'SHUTOFF', hasSystemDisk: true } }, payload: { ...HW_PATH, 'os-reinstall': { adminpass: 'Cloud@2026x!' } }, fires: false },
  ],
  'preflight/cloud-init': [
    { api: 'huawei.ecs.ChangeServerOsWithCloudInit', facts: { image: { supportsCloudInit: false } }, payload: { ...HW_PATH, 'os-change': { imageid: HW_IMAGE, adminpass: 'Cloud@2026x!' } }, fires: true },
    { api: 'huawei.ecs.ChangeServerOsWithCloudInit', facts: { image: { supportsCloudInit: true } }, payload: { ...HW_PATH, 'os-change': { imageid: HW_IMAGE, adminpass: 'Cloud@2026x!' } }, fires: false },
  ],
};
