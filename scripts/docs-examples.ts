import type { Facts } from '../src/validate.ts';
import type { Os } from '../src/rules/finding.ts';
import type { RuleId } from '../src/rules/ruleId.ts';

/**
 * Rule example interface: one payload shown on a rule's page. The docs generator runs it through
 * `validate` and fails when the rule does not fire (or fires) as declared, so the page cannot lie.
 */
export interface RuleExample {
  /** The API id the payload is sent to. */
  readonly api: string;
  /** The target image's OS; absent = unknown. */
  readonly os?: Os;
  /** Instance and image facts, for the `preflight/` rules. */
  readonly facts?: Facts;
  /** `query` for a form request (a URL, query string or flat map), as `validate` takes it. */
  readonly encoding?: 'query';
  /** The payload. */
  readonly payload: unknown;
  /** Whether the rule fires on it. */
  readonly fires: boolean;
}

const TC = 'tencent.cvm.ResetInstance';
const TC2 = 'tencent.cvm.ResetInstance@api2';
const INS = 'ins-r8hr2upy';

const JD = 'jdcloud.vm.rebuildInstance';
const JD103 = 'jdcloud.vm.rebuildInstance@1.0.3';
const ZL = 'zenlayer.zec.ResetInstance';
const JD_PATH = { regionId: 'cn-north-1', instanceId: 'i-eumm1234d6' };
const ZL_IDS = { instanceId: '1234567890', imageId: 'img-2d7f9a1c' };
const HW = 'huawei.ecs.ReinstallServerWithCloudInit';
const HW_CHANGE_V1 = 'huawei.ecs.ChangeServerOsWithoutCloudInit';
const HW_PATH = { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8' };
const HW_IMAGE = '67f433d8-ed0e-4321-a8a2-a71838539e09';
const AL = 'alibaba.ecs.ReplaceSystemDisk';
const AL_IDS = { InstanceId: 'i-bp67acfmxazb4ph1qxyz', ImageId: 'm-bp67acfmxazb4ph1abcd' };

const jd = (payload: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample =>
  os ? { api: JD, os, payload: { ...JD_PATH, ...payload }, fires } : { api: JD, payload: { ...JD_PATH, ...payload }, fires };
const zl = (payload: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample =>
  os ? { api: ZL, os, payload: { ...ZL_IDS, ...payload }, fires } : { api: ZL, payload: { ...ZL_IDS, ...payload }, fires };
const script = (text: string): string => Buffer.from(text).toString('base64');
const jdScript = (text: string, fires: boolean, os?: Os): RuleExample => jd({ userdata: [{ key: 'launch-script', value: script(text) }] }, fires, os);

const hw = (body: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample =>
  os ? { api: HW, os, payload: { ...HW_PATH, 'os-reinstall': body }, fires } : { api: HW, payload: { ...HW_PATH, 'os-reinstall': body }, fires };
const hwChangeV1 = (body: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample =>
  os
    ? { api: HW_CHANGE_V1, os, payload: { ...HW_PATH, 'os-change': { imageid: HW_IMAGE, ...body } }, fires }
    : { api: HW_CHANGE_V1, payload: { ...HW_PATH, 'os-change': { imageid: HW_IMAGE, ...body } }, fires };

const tc = (payload: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample =>
  os ? { api: TC, os, payload: { InstanceId: INS, ...payload }, fires } : { api: TC, payload: { InstanceId: INS, ...payload }, fires };
const tcLogin = (login: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample => tc({ LoginSettings: login }, fires, os);

const al = (payload: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample =>
  os ? { api: AL, os, payload: { ...AL_IDS, ...payload }, fires } : { api: AL, payload: { ...AL_IDS, ...payload }, fires };

/** Examples per rule id. A rule with no example here has no API that reports it yet. */
export const RULE_EXAMPLES: Readonly<Partial<Record<RuleId, readonly RuleExample[]>>> = {
  'parameter/required': [
    { api: JD103, payload: { ...JD_PATH, imageId: 'img-m5s0abcd29' }, fires: true },
    { api: ZL, payload: { imageId: 'img-2d7f9a1c', password: 'Zen@2024' }, fires: true },

    { api: TC, payload: { HostName: 'web-01' }, fires: true },
    tc({}, false),
    { api: AL, payload: { InstanceId: AL_IDS.InstanceId, Password: 'EcsV587!' }, fires: true },
    { api: AL, payload: { InstanceId: AL_IDS.InstanceId, DiskId: 'd-bp67acfmxazb4ph1efgh' }, fires: false },
  ],
  'parameter/type': [
    zl({ password: 'Zen@2024', enableAgent: 'true' }, true, 'linux'),

    { api: TC, payload: { InstanceId: 12345678 }, fires: true },
    { api: TC, payload: [INS], fires: true },
    tc({ EnhancedService: { MonitorService: { Enabled: 'true' } } }, true),
    tc({ EnhancedService: { MonitorService: { Enabled: true } } }, false),
    { api: AL, encoding: 'query', payload: `InstanceId=${AL_IDS.InstanceId}&ImageId=${AL_IDS.ImageId}&SystemDisk.Size=1.5`, fires: true },
    al({ SystemDisk: { Size: 1.5 } }, true),
    al({ SystemDisk: { Size: 80 }, PasswordInherit: false }, false),
  ],
  'parameter/unknown': [
    jd({ passwordAuth: 'no' }, true),
    zl({ password: 'Zen@2024', timeZone: 'Asia/Shanghai' }, true, 'linux'),

    tc({ Hostname: 'web-01' }, true),
    { api: TC2, payload: { InstanceId: INS, HostName: 'web-01' }, fires: true },
    tc({ HostName: 'web-01' }, false),
    al({ RegionId: 'cn-hangzhou' }, true),
  ],
  'parameter/enum': [
    jd({ passWordAuth: 'YES' }, true),
    jd({ userdata: [{ key: 'user-data', value: script('#!/bin/bash\necho hi\n') }] }, true, 'linux'),
tcLogin({ KeepImageLogin: 'yes' }, true), tcLogin({ KeepImageLogin: 'TRUE' }, false),
    al({ SecurityEnhancementStrategy: 'active' }, true),
    al({ SecurityEnhancementStrategy: 'Active' }, false),
  ],
  'parameter/count': [
    jd({ keyNames: ['deploy', 'backup'] }, true, 'linux'),

    tcLogin({ KeyIds: Array.from({ length: 101 }, (_, index) => `skey-${String(index).padStart(8, '0')}`) }, true, 'linux'),
    tcLogin({ KeyIds: ['skey-3glfot13', 'skey-9pmqm4dn'] }, false, 'linux'),
  ],
  'parameter/length': [
    tc({ SystemDisk: { DiskName: 'd'.repeat(129) } }, true),
    tc({ SystemDisk: { DiskName: 'd'.repeat(128) } }, false),
    al({ ClientToken: 't'.repeat(65) }, true),
    al({ ClientToken: '123e4567-e89b-12d3-a456-426655440000' }, false),
  ],
  'parameter/conflict': [al({ DiskId: 'd-bp67acfmxazb4ph1efgh' }, true), al({}, false)],
  'parameter/deprecated': [
    { api: AL, payload: { InstanceId: AL_IDS.InstanceId, DiskId: 'd-bp67acfmxazb4ph1efgh' }, fires: true },
    al({ Arn: [{ RoleType: 'service', Rolearn: 'acs:ram::123456:role/a', AssumeRoleFor: 0 }] }, true),
    al({ Platform: 'CentOS' }, true),
    al({ Encrypted: true }, false),
  ],
  'parameter/charset': [al({ ClientToken: 'token-中文' }, true), al({ ClientToken: 'token-0042' }, false)],
  'parameter/unused': [
    tc({ SystemDisk: { DiskId: 'disk-a1kmcp13' } }, true),
    tc({ SystemDisk: { DiskSize: 60, Encrypt: true, KmsKeyId: 'kms-abcd1234' } }, true),
    tc({ SystemDisk: { DiskSize: 60 } }, false),
  ],
  'identifier/format': [
    { api: HW, payload: { ...HW_PATH, server_id: 'b0a9d2b4/../other', 'os-reinstall': { adminpass: 'Cloud@2026x!' } }, fires: true },
    hwChangeV1({ imageid: 'ubuntu-22.04', adminpass: 'Cloud@2026x!' }, true),
    { api: JD, payload: { regionId: 'cn-north-1', instanceId: 'ins-r8hr2upy' }, fires: true },
    jd({ keyNames: ['my key'] }, true, 'linux'),
    zl({ password: 'Zen@2024', keyId: '' }, true, 'linux'),

    { api: TC, payload: { InstanceId: 'ins-1122' }, fires: true },
    tc({ ImageId: 'img-12' }, true),
    tcLogin({ KeyIds: ['key-3glfot13'] }, true, 'linux'),
    tc({ ImageId: 'img-pmqg1cw7' }, false),
    { api: AL, payload: { InstanceId: 'bp67acfmxazb4ph1qxyz', ImageId: AL_IDS.ImageId }, fires: true },
    { api: AL, payload: { InstanceId: '', ImageId: AL_IDS.ImageId }, fires: true },
    al({}, false),
  ],
  'password/length': [
    jd({ password: 'Ab#2468' }, true),
    zl({ password: 'Zenlayer@20242024' }, true, 'linux'),
    { api: TC2, os: 'windows', payload: { InstanceId: INS, LoginSettings: { Password: 'Abc@1234' } }, fires: true },

    tcLogin({ Password: 'Abc@1234' }, true, 'windows'),
    tcLogin({ Password: 'Abc@1234' }, true),
    tcLogin({ Password: 'Abc@1234' }, false, 'linux'),
    al({ Password: 'EcsV58!' }, true),
    al({ Password: 'EcsV587!' }, false),
  ],
  'password/charset': [
    jd({ password: 'Mz#1357Kp\\' }, true),
    zl({ password: 'Zen#2024' }, true, 'linux'),
    zl({ password: 'Zen.2024' }, true, 'linux'),
    zl({ password: 'Zen@2024' }, false, 'linux'),

    tcLogin({ Password: 'Qcloud_TestApi123' }, true, 'linux'),
    tcLogin({ Password: 'Qcloud@TestApi123++' }, false, 'windows'),
    al({ Password: '/EcsV587!' }, true, 'windows'),
    al({ Password: '/EcsV587!' }, true),
    al({ Password: 'EcsV587\'!' }, true, 'linux'),
    al({ Password: 'Ecs V587!' }, true, 'linux'),
    al({ Password: '/EcsV587!' }, false, 'linux'),
  ],
  'password/classes': [
    jd({ password: 'mzkq13579' }, true),
    zl({ password: 'Zenlayer2024' }, true, 'linux'),

    tcLogin({ Password: 'qcloudtestapi' }, true, 'linux'),
    tcLogin({ Password: 'QcloudTestApi' }, true, 'windows'),
    tcLogin({ Password: 'QcloudTestApi' }, false, 'linux'),
    al({ Password: 'ecsv5870' }, true),
    al({ Password: 'EcsV5870' }, false),
  ],
  'hostname/length': [
    jd({ hostname: 'web-server-00001' }, true, 'windows'),
    jd({ hostname: `${'a'.repeat(60)}.com` }, false, 'linux'),

    tc({ HostName: 'w' }, true, 'linux'),
    tc({ HostName: 'web-server-0001' }, false, 'windows'),
    tc({ HostName: 'web-server-00001' }, true),
  ],
  'hostname/charset': [
    jd({ hostname: 'web_01' }, true),
tc({ HostName: 'web_01' }, true), tc({ HostName: 'web-01' }, false)],
  'hostname/edge': [tc({ HostName: '-web01' }, true), tc({ HostName: 'web01.' }, true, 'linux'), tc({ HostName: 'web01' }, false)],
  'hostname/consecutive': [tc({ HostName: 'web..01' }, true, 'linux'), tc({ HostName: 'web-.01' }, true, 'linux'), tc({ HostName: 'web-0.1' }, false, 'linux')],
  'hostname/all-digits': [tc({ HostName: '12345' }, true, 'windows'), tc({ HostName: '12345' }, true), tc({ HostName: '123-45' }, false, 'windows')],
  'hostname/dot': [
    jd({ hostname: 'web.01' }, true, 'windows'),
tc({ HostName: 'web.01' }, true, 'windows'), tc({ HostName: 'web.01' }, true), tc({ HostName: 'web.01' }, false, 'linux')],
  'hostname/label-length': [
    jd({ hostname: 'a'.repeat(64) }, true, 'linux'),
tc({ HostName: `${'a'.repeat(56)}.b` }, false, 'linux'), tc({ HostName: 'a'.repeat(64) }, true, 'linux')],
  'userdata/base64': [
    jd({ userdata: [{ key: 'launch-script', value: 'IyEvYmluL2Jhc2gK_w==' }] }, true, 'linux'),

    tc({ UserData: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJz8-Cg==' }, true),
    tc({ UserData: 'IyEvYmluL2Jhc2gK\nZWNobyAnMTIzJwo=' }, true),
    tc({ UserData: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJwo=' }, false),
  ],
  'userdata/padding': [
    jd({ userdata: [{ key: 'launch-script', value: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw' }] }, true),
tc({ UserData: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw' }, true), tc({ UserData: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw==' }, false)],
  'userdata/size': [
    jdScript(`#!/bin/bash\n${'#'.repeat(16384)}`, true, 'linux'),
    zl({ password: 'Zen@2024', userData: 'x'.repeat(16385) }, true, 'linux'),
tc({ UserData: 'QUJD'.repeat(4097) }, true), tc({ UserData: 'QUJD'.repeat(4096) }, false)],
  'credentials/conflict': [
    zl({ password: 'Zen@2024', keyId: 'key-YWD2QFOl' }, true, 'linux'),
    jd({ password: 'Mz#1357Kp', keyNames: ['deploy'] }, false, 'linux'),

    tcLogin({ Password: 'Qcloud@TestApi123++', KeyIds: ['skey-3glfot13'] }, true, 'linux'),
    tcLogin({ KeyIds: ['skey-3glfot13'], KeepImageLogin: 'TRUE' }, true, 'linux'),
    tcLogin({ Password: 'Qcloud@TestApi123++', KeepImageLogin: 'FALSE' }, false, 'linux'),
    al({ Password: 'EcsV587!', PasswordInherit: true }, true),
    al({ Password: 'EcsV587!', PasswordInherit: false }, false),
  ],
  'credentials/unsupported': [
    jd({ passWordAuth: 'no', password: 'Mz#1357Kp' }, true, 'windows'),
    zl({ password: 'Zen@2024' }, true, 'windows'),

    tcLogin({ KeyIds: ['skey-3glfot13'] }, true, 'windows'),
    tcLogin({ KeyIds: ['skey-3glfot13'] }, true),
    tcLogin({ KeyIds: ['skey-3glfot13'] }, false, 'linux'),
  ],
  'system-disk/size': [
    tc({ SystemDisk: { DiskSize: 0 } }, true),
    tc({ SystemDisk: { DiskSize: 100 } }, false),
    al({ SystemDisk: { Size: 4096 } }, true),
    al({ SystemDisk: { Size: 1024 } }, true),
    al({ SystemDisk: { Size: 80 } }, false),
  ],
  'system-disk/type': [tc({ SystemDisk: { DiskType: 'CLOUD_SSD', DiskSize: 100 } }, true), tc({ SystemDisk: { DiskSize: 100 } }, false)],
  'password/banned-word': [
    jd({ password: 'MyJd#Cloud7' }, false),
    jd({ password: 'myJD#2468q' }, true),
    jd({ password: 'Big!bug4you' }, true),
  ],
  'password/sequence': [
    jd({ password: 'Xyabc#2024' }, true),
    jd({ password: 'Mqwe#5193K' }, true),
    jd({ password: 'Mz#8901Kp' }, true),
    jd({ password: 'Mz#rdx93Kp' }, true),
    jd({ password: 'Mz#1357Kp' }, false),
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
  'instance-name/length': [zl({ password: 'Zen@2024', instanceName: 'a' }, true, 'linux'), zl({ password: 'Zen@2024', instanceName: 'web-01.prod' }, false, 'linux')],
  'instance-name/charset': [zl({ password: 'Zen@2024', instanceName: 'web_01' }, true, 'linux'), zl({ password: 'Zen@2024', instanceName: 'web-01' }, false, 'linux')],
  'metadata/count': [
    jd({ metadata: Array.from({ length: 41 }, (_, index) => ({ key: `k${index}`, value: 'v' })) }, true),
    jd({ metadata: Array.from({ length: 40 }, (_, index) => ({ key: `k${index}`, value: 'v' })) }, false),
  ],
  'metadata/key-length': [jd({ metadata: [{ key: 'k'.repeat(257), value: 'v' }] }, true), jd({ metadata: [{ key: '🔑'.repeat(256), value: 'v' }] }, false)],
  'metadata/value-size': [jd({ metadata: [{ key: 'notes', value: '中'.repeat(5462) }] }, true), jd({ metadata: [{ key: 'notes', value: 'v'.repeat(16384) }] }, false)],
  'metadata/empty-key': [jd({ metadata: [{ key: '', value: 'v' }] }, true)],
  'metadata/duplicate-key': [jd({ metadata: [{ key: 'Env', value: 'prod' }, { key: 'env', value: 'test' }] }, true), jd({ metadata: [{ key: 'env', value: 'prod' }, { key: 'role', value: 'web' }] }, false)],
  'metadata/ignored-key': [jd({ metadata: [{ key: 'draft-', value: 'v' }] }, true), jd({ metadata: [{ key: 'draft', value: 'v' }] }, false)],
  'userdata/framing': [
    hw({ keyname: 'KeyPair-350b', userid: '7e25b1da389f4697a79df3a0e5bd494e', metadata: { user_data: script('echo hello\n') } }, true, 'linux'),
    hw({ keyname: 'KeyPair-350b', userid: '7e25b1da389f4697a79df3a0e5bd494e', metadata: { user_data: script('#cloud-config\nruncmd: [ls]\n') } }, false, 'linux'),
    jdScript('echo hello\n', true),
    jdScript('#!/bin/bash\necho hello\n', true),
    jdScript('\uFEFF#!/bin/bash\necho hello\n', true, 'linux'),
    jdScript('#!/usr/bin/env python3\nprint(1)\n', true, 'linux'),
    jdScript('#!/bin/bash -x\necho hello\n', false, 'linux'),
    jdScript('<powershell>\r\nWrite-Output hello\r\n</powershell>\r\n', false, 'windows'),
  ],
  'credentials/missing': [hwChangeV1({ mode: 'withStopServer' }, true), zl({}, true, 'linux'), zl({}, true), zl({ keyId: 'key-YWD2QFOl' }, false, 'linux')],
  'credentials/ignored': [
    hw({ adminpass: 'Cloud@2026x!', metadata: { user_data: script('#!/bin/bash\necho hi\n') } }, true, 'linux'),
    jd({ keyNames: ['deploy'], password: 'Mz#1357Kp' }, true, 'windows'),
    jd({ imageInherit: 'yes', password: 'Mz#1357Kp' }, true, 'linux'),
    jd({ keyNames: ['deploy'] }, false, 'linux'),
    al({ KeyPairName: 'deploy' }, true, 'windows'),
    al({ KeyPairName: 'deploy', Password: 'EcsV587!' }, true, 'linux'),
    al({ KeyPairName: 'deploy' }, false, 'linux'),
  ],
  'timezone/unknown': [zl({ password: 'Zen@2024', timezone: 'Asia/Shangai' }, true, 'linux'), zl({ password: 'Zen@2024', timezone: 'Asia/Shanghai' }, false, 'linux')],
  'parameter/flattening': [
    { api: TC, encoding: 'query', payload: `InstanceId=${INS}&LoginSettings.KeyIds.0=skey-11112222&LoginSettings.KeyIds.2=skey-33334444`, fires: true },
    { api: TC, encoding: 'query', payload: `InstanceId=${INS}&LoginSettings.KeyIds.x=skey-11112222`, fires: true },
    { api: TC, encoding: 'query', payload: `InstanceId=${INS}&LoginSettings.KeyIds.0=skey-11112222&LoginSettings.KeyIds.1=skey-33334444`, fires: false },
    { api: AL, encoding: 'query', payload: `InstanceId=${AL_IDS.InstanceId}&ImageId=${AL_IDS.ImageId}&Arn.0.RoleType=service`, fires: true },
    { api: AL, encoding: 'query', payload: `InstanceId=${AL_IDS.InstanceId}&ImageId=${AL_IDS.ImageId}&Arn.1.RoleType=service&Arn.3.RoleType=user`, fires: true },
    { api: AL, encoding: 'query', payload: `InstanceId=${AL_IDS.InstanceId}&ImageId=${AL_IDS.ImageId}&Arn.1.RoleType=service&Arn.2.RoleType=user`, fires: false },
  ],
  'preflight/instance-state': [
    { api: JD, facts: { instance: { state: 'running' } }, payload: JD_PATH, fires: true },
    { api: ZL, os: 'linux', facts: { instance: { state: 'RUNNING' } }, payload: { ...ZL_IDS, password: 'Zen@2024' }, fires: true },
    { api: TC, facts: { instance: { state: 'PENDING' } }, payload: { InstanceId: INS }, fires: true },
    { api: TC, facts: { instance: { state: 'STOPPED' } }, payload: { InstanceId: INS }, fires: false },
    { api: HW, facts: { instance: { state: 'ACTIVE' } }, payload: { ...HW_PATH, 'os-reinstall': { adminpass: 'Cloud@2026x!' } }, fires: true },
    { api: HW, facts: { instance: { state: 'ACTIVE' } }, payload: { ...HW_PATH, 'os-reinstall': { adminpass: 'Cloud@2026x!', mode: 'withStopServer' } }, fires: false },
  ],
  'preflight/disk-type': [
    { api: JD, facts: { instance: { systemDisk: { category: 'local' } }, image: { rootDeviceType: 'cloudDisk' } }, payload: { ...JD_PATH, imageId: 'img-m5s0abcd29' }, fires: true },
    { api: JD, facts: { instance: { systemDisk: { category: 'cloud' } }, image: { rootDeviceType: 'cloudDisk' } }, payload: { ...JD_PATH, imageId: 'img-m5s0abcd29' }, fires: false },
  ],
  'preflight/encryption': [
    { api: JD, facts: { instance: { systemDisk: { category: 'cloud', encrypted: true } }, image: { encrypted: false } }, payload: { ...JD_PATH, imageId: 'img-m5s0abcd29' }, fires: true },
    { api: JD, facts: { instance: { systemDisk: { category: 'cloud', encrypted: true } }, image: { encrypted: true } }, payload: { ...JD_PATH, imageId: 'img-m5s0abcd29' }, fires: false },
  ],
  'preflight/instance-type': [
    { api: JD, facts: { instance: { instanceType: 'g.n2.large' }, image: { supportedInstanceTypes: ['g.n2.medium'] } }, payload: { ...JD_PATH, imageId: 'img-m5s0abcd29' }, fires: true },
    { api: JD, facts: { instance: { instanceType: 'g.n2.large' }, image: { supportedInstanceTypes: ['g.n2.large'] } }, payload: { ...JD_PATH, imageId: 'img-m5s0abcd29' }, fires: false },
  ],
  'preflight/image-state': [
    { api: ZL, os: 'linux', facts: { image: { status: 'CREATING' } }, payload: { ...ZL_IDS, password: 'Zen@2024' }, fires: true },
    { api: ZL, os: 'linux', facts: { image: { status: 'AVAILABLE' } }, payload: { ...ZL_IDS, password: 'Zen@2024' }, fires: false },
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
  'preflight/agent': [
    { api: ZL, os: 'linux', facts: { image: { supportsAgent: false } }, payload: { ...ZL_IDS, password: 'Zen@2024', enableAgent: true }, fires: true },
    { api: ZL, os: 'linux', facts: { image: { supportsAgent: true } }, payload: { ...ZL_IDS, password: 'Zen@2024', enableAgent: true }, fires: false },
  ],
  'preflight/os-switch': [
    { api: ZL, facts: { instance: { os: 'linux' }, image: { os: 'windows' } }, payload: ZL_IDS, fires: true },
    { api: TC, facts: { instance: { os: 'linux', systemDisk: { category: 'local', type: 'LOCAL_BASIC' } }, image: { os: 'windows' } }, payload: { InstanceId: INS, ImageId: 'img-pmqg1cw7' }, fires: true },
    { api: TC, facts: { instance: { os: 'linux', systemDisk: { category: 'cloud', type: 'CLOUD_SSD' } }, image: { os: 'windows' } }, payload: { InstanceId: INS, ImageId: 'img-pmqg1cw7' }, fires: false },
  ],
  'preflight/disk-size': [
    { api: JD, facts: { instance: { systemDisk: { category: 'cloud', sizeGB: 40 } }, image: { sizeGB: 50 } }, payload: { ...JD_PATH, imageId: 'img-m5s0abcd29' }, fires: true },
    { api: ZL, os: 'linux', facts: { instance: { systemDisk: { sizeGB: 20 } }, image: { sizeGB: 40 } }, payload: { ...ZL_IDS, password: 'Zen@2024' }, fires: true },
    { api: TC, facts: { instance: { systemDisk: { category: 'cloud', type: 'CLOUD_SSD', sizeGB: 100 } } }, payload: { InstanceId: INS, SystemDisk: { DiskSize: 50 } }, fires: true },
    { api: TC, facts: { instance: { systemDisk: { category: 'cloud', type: 'CLOUD_SSD', sizeGB: 100 } } }, payload: { InstanceId: INS, SystemDisk: { DiskSize: 120 } }, fires: false },
  ],
  'preflight/keep-image-login': [
    { api: TC, facts: { image: { source: 'public' } }, payload: { InstanceId: INS, ImageId: 'img-pmqg1cw7', LoginSettings: { KeepImageLogin: 'TRUE' } }, fires: true },
    { api: TC, facts: { image: { source: 'custom' } }, payload: { InstanceId: INS, ImageId: 'img-pmqg1cw7', LoginSettings: { KeepImageLogin: 'TRUE' } }, fires: false },
  ],
  'preflight/instance-lock': [
    { api: AL, facts: { instance: { state: 'Stopped', locks: ['security'] } }, payload: AL_IDS, fires: true },
    { api: AL, facts: { instance: { state: 'Stopped', locks: ['financial'] } }, payload: AL_IDS, fires: true },
    { api: AL, facts: { instance: { state: 'Stopped', locks: [] } }, payload: AL_IDS, fires: false },
  ],
  'preflight/unpaid-order': [
    { api: AL, facts: { instance: { state: 'Stopped', unpaidOrder: true } }, payload: AL_IDS, fires: true },
    { api: AL, facts: { instance: { state: 'Stopped', unpaidOrder: false } }, payload: AL_IDS, fires: false },
  ],
};
