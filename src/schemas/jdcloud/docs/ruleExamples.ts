import type { RuleExample } from '../../../engine/spec/ruleExample.ts';
import type { Os } from '../../../rules/finding.ts';
import type { RuleId } from '../../../rules/ruleId.ts';

const JD = 'jdcloud.vm.rebuildInstance';
const JD103 = 'jdcloud.vm.rebuildInstance@1.0.3';
const JD_PATH = { regionId: 'cn-north-1', instanceId: 'i-eumm1234d6' };
const jd = (payload: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample =>
  os ? { api: JD, os, payload: { ...JD_PATH, ...payload }, fires } : { api: JD, payload: { ...JD_PATH, ...payload }, fires };
const script = (text: string): string => Buffer.from(text).toString('base64');
const jdScript = (text: string, fires: boolean, os?: Os): RuleExample => jd({ userdata: [{ key: 'launch-script', value: script(text) }] }, fires, os);

/** JD Cloud's examples per rule id, shown on the rule pages (`docs/rules/`); each fires, or not, as declared. */
export const RULE_EXAMPLES: Readonly<Partial<Record<RuleId, readonly RuleExample[]>>> = {
  'parameter/required': [{ api: JD103, payload: { ...JD_PATH, imageId: 'img-m5s0abcd29' }, fires: true }],
  'parameter/unknown': [jd({ passwordAuth: 'no' }, true)],
  'parameter/enum': [jd({ passWordAuth: 'YES' }, true), jd({ userdata: [{ key: 'user-data', value: script('#!/bin/bash\necho hi\n') }] }, true, 'linux')],
  'parameter/count': [jd({ keyNames: ['deploy', 'backup'] }, true, 'linux')],
  'identifier/format': [{ api: JD, payload: { regionId: 'cn-north-1', instanceId: 'ins-r8hr2upy' }, fires: true }, jd({ keyNames: ['my key'] }, true, 'linux')],
  'password/length': [jd({ password: 'Ab#2468' }, true)],
  'password/charset': [jd({ password: 'Mz#1357Kp\\' }, true)],
  'password/classes': [jd({ password: 'mzkq13579' }, true)],
  'hostname/length': [jd({ hostname: 'web-server-00001' }, true, 'windows'), jd({ hostname: `${'a'.repeat(60)}.com` }, false, 'linux')],
  'hostname/charset': [jd({ hostname: 'web_01' }, true)],
  'hostname/dot': [jd({ hostname: 'web.01' }, true, 'windows')],
  'hostname/label-length': [jd({ hostname: 'a'.repeat(64) }, true, 'linux')],
  'userdata/base64': [jd({ userdata: [{ key: 'launch-script', value: 'IyEvYmluL2Jhc2gK_w==' }] }, true, 'linux')],
  'userdata/padding': [jd({ userdata: [{ key: 'launch-script', value: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw' }] }, true)],
  'userdata/size': [jdScript(`#!/bin/bash\n${'#'.repeat(16384)}`, true, 'linux')],
  'credentials/conflict': [jd({ password: 'Mz#1357Kp', keyNames: ['deploy'] }, false, 'linux')],
  'credentials/unsupported': [jd({ passWordAuth: 'no', password: 'Mz#1357Kp' }, true, 'windows')],
  'password/banned-word': [jd({ password: 'MyJd#Cloud7' }, false), jd({ password: 'myJD#2468q' }, true), jd({ password: 'Big!bug4you' }, true)],
  'password/sequence': [
    jd({ password: 'Xyabc#2024' }, true),
    jd({ password: 'Mqwe#5193K' }, true),
    jd({ password: 'Mz#8901Kp' }, true),
    jd({ password: 'Mz#rdx93Kp' }, true),
    jd({ password: 'Mz#1357Kp' }, false),
  ],
  'metadata/count': [
    jd({ metadata: Array.from({ length: 41 }, (_, index) => ({ key: `k${index}`, value: 'v' })) }, true),
    jd({ metadata: Array.from({ length: 40 }, (_, index) => ({ key: `k${index}`, value: 'v' })) }, false),
  ],
  'metadata/key-length': [jd({ metadata: [{ key: 'k'.repeat(257), value: 'v' }] }, true), jd({ metadata: [{ key: '🔑'.repeat(256), value: 'v' }] }, false)],
  'metadata/value-size': [
    jd({ metadata: [{ key: 'notes', value: '中'.repeat(5462) }] }, true),
    jd({ metadata: [{ key: 'notes', value: 'v'.repeat(16384) }] }, false),
  ],
  'metadata/empty-key': [jd({ metadata: [{ key: '', value: 'v' }] }, true)],
  'metadata/duplicate-key': [
    jd({ metadata: [{ key: 'Env', value: 'prod' }, { key: 'env', value: 'test' }] }, true),
    jd({ metadata: [{ key: 'env', value: 'prod' }, { key: 'role', value: 'web' }] }, false),
  ],
  'metadata/ignored-key': [jd({ metadata: [{ key: 'draft-', value: 'v' }] }, true), jd({ metadata: [{ key: 'draft', value: 'v' }] }, false)],
  'userdata/framing': [
    jdScript('echo hello\n', true),
    jdScript('#!/bin/bash\necho hello\n', true),
    jdScript('\uFEFF#!/bin/bash\necho hello\n', true, 'linux'),
    jdScript('#!/usr/bin/env python3\nprint(1)\n', true, 'linux'),
    jdScript('#!/bin/bash -x\necho hello\n', false, 'linux'),
    jdScript('<powershell>\r\nWrite-Output hello\r\n</powershell>\r\n', false, 'windows'),
  ],
  'credentials/ignored': [
    jd({ keyNames: ['deploy'], password: 'Mz#1357Kp' }, true, 'windows'),
    jd({ imageInherit: 'yes', password: 'Mz#1357Kp' }, true, 'linux'),
    jd({ keyNames: ['deploy'] }, false, 'linux'),
  ],
  'preflight/instance-state': [{ api: JD, facts: { instance: { state: 'running' } }, payload: JD_PATH, fires: true }],
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
  'preflight/disk-size': [
    { api: JD, facts: { instance: { systemDisk: { category: 'cloud', sizeGB: 40 } }, image: { sizeGB: 50 } }, payload: { ...JD_PATH, imageId: 'img-m5s0abcd29' }, fires: true },
  ],
};
