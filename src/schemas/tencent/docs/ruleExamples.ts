import type { RuleExample } from '../../../engine/spec/ruleExample.ts';
import type { Os } from '../../../rules/finding.ts';
import type { RuleId } from '../../../rules/ruleId.ts';

const TC = 'tencent.cvm.ResetInstance';
const TC2 = 'tencent.cvm.ResetInstance@api2';
const INS = 'ins-r8hr2upy';
const tc = (payload: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample =>
  os ? { api: TC, os, payload: { InstanceId: INS, ...payload }, fires } : { api: TC, payload: { InstanceId: INS, ...payload }, fires };
const tcLogin = (login: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample => tc({ LoginSettings: login }, fires, os);

/** Tencent Cloud's examples per rule id, shown on the rule pages (`docs/rules/`); each fires, or not, as declared. */
export const RULE_EXAMPLES: Readonly<Partial<Record<RuleId, readonly RuleExample[]>>> = {
  'parameter/required': [{ api: TC, payload: { HostName: 'web-01' }, fires: true }, tc({}, false)],
  'parameter/type': [
    { api: TC, payload: { InstanceId: 12345678 }, fires: true },
    { api: TC, payload: [INS], fires: true },
    tc({ EnhancedService: { MonitorService: { Enabled: 'true' } } }, true),
    tc({ EnhancedService: { MonitorService: { Enabled: true } } }, false),
  ],
  'parameter/unknown': [
    tc({ Hostname: 'web-01' }, true),
    { api: TC2, payload: { InstanceId: INS, HostName: 'web-01' }, fires: true },
    tc({ HostName: 'web-01' }, false),
  ],
  'parameter/enum': [tcLogin({ KeepImageLogin: 'yes' }, true), tcLogin({ KeepImageLogin: 'TRUE' }, false)],
  'parameter/count': [
    tcLogin({ KeyIds: Array.from({ length: 101 }, (_, index) => `skey-${String(index).padStart(8, '0')}`) }, true, 'linux'),
    tcLogin({ KeyIds: ['skey-3glfot13', 'skey-9pmqm4dn'] }, false, 'linux'),
  ],
  'parameter/length': [tc({ SystemDisk: { DiskName: 'd'.repeat(129) } }, true), tc({ SystemDisk: { DiskName: 'd'.repeat(128) } }, false)],
  'parameter/unused': [
    tc({ SystemDisk: { DiskId: 'disk-a1kmcp13' } }, true),
    tc({ SystemDisk: { DiskSize: 60, Encrypt: true, KmsKeyId: 'kms-abcd1234' } }, true),
    tc({ SystemDisk: { DiskSize: 60 } }, false),
  ],
  'identifier/format': [
    { api: TC, payload: { InstanceId: 'ins-1122' }, fires: true },
    tc({ ImageId: 'img-12' }, true),
    tcLogin({ KeyIds: ['key-3glfot13'] }, true, 'linux'),
    tc({ ImageId: 'img-pmqg1cw7' }, false),
  ],
  'password/length': [
    { api: TC2, os: 'windows', payload: { InstanceId: INS, LoginSettings: { Password: 'Abc@1234' } }, fires: true },
    tcLogin({ Password: 'Abc@1234' }, true, 'windows'),
    tcLogin({ Password: 'Abc@1234' }, true),
    tcLogin({ Password: 'Abc@1234' }, false, 'linux'),
  ],
  'password/charset': [tcLogin({ Password: 'Qcloud_TestApi123' }, true, 'linux'), tcLogin({ Password: 'Qcloud@TestApi123++' }, false, 'windows')],
  'password/classes': [
    tcLogin({ Password: 'qcloudtestapi' }, true, 'linux'),
    tcLogin({ Password: 'QcloudTestApi' }, true, 'windows'),
    tcLogin({ Password: 'QcloudTestApi' }, false, 'linux'),
  ],
  'hostname/length': [tc({ HostName: 'w' }, true, 'linux'), tc({ HostName: 'web-server-0001' }, false, 'windows'), tc({ HostName: 'web-server-00001' }, true)],
  'hostname/charset': [tc({ HostName: 'web_01' }, true), tc({ HostName: 'web-01' }, false)],
  'hostname/edge': [tc({ HostName: '-web01' }, true), tc({ HostName: 'web01.' }, true, 'linux'), tc({ HostName: 'web01' }, false)],
  'hostname/consecutive': [tc({ HostName: 'web..01' }, true, 'linux'), tc({ HostName: 'web-.01' }, true, 'linux'), tc({ HostName: 'web-0.1' }, false, 'linux')],
  'hostname/all-digits': [tc({ HostName: '12345' }, true, 'windows'), tc({ HostName: '12345' }, true), tc({ HostName: '123-45' }, false, 'windows')],
  'hostname/dot': [tc({ HostName: 'web.01' }, true, 'windows'), tc({ HostName: 'web.01' }, true), tc({ HostName: 'web.01' }, false, 'linux')],
  'hostname/label-length': [tc({ HostName: `${'a'.repeat(56)}.b` }, false, 'linux'), tc({ HostName: 'a'.repeat(64) }, true, 'linux')],
  'userdata/base64': [
    tc({ UserData: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJz8-Cg==' }, true),
    tc({ UserData: 'IyEvYmluL2Jhc2gK\nZWNobyAnMTIzJwo=' }, true),
    tc({ UserData: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJwo=' }, false),
  ],
  'userdata/padding': [tc({ UserData: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw' }, true), tc({ UserData: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw==' }, false)],
  'userdata/size': [tc({ UserData: 'QUJD'.repeat(4097) }, true), tc({ UserData: 'QUJD'.repeat(4096) }, false)],
  'credentials/conflict': [
    tcLogin({ Password: 'Qcloud@TestApi123++', KeyIds: ['skey-3glfot13'] }, true, 'linux'),
    tcLogin({ KeyIds: ['skey-3glfot13'], KeepImageLogin: 'TRUE' }, true, 'linux'),
    tcLogin({ Password: 'Qcloud@TestApi123++', KeepImageLogin: 'FALSE' }, false, 'linux'),
  ],
  'credentials/unsupported': [
    tcLogin({ KeyIds: ['skey-3glfot13'] }, true, 'windows'),
    tcLogin({ KeyIds: ['skey-3glfot13'] }, true),
    tcLogin({ KeyIds: ['skey-3glfot13'] }, false, 'linux'),
  ],
  'system-disk/size': [tc({ SystemDisk: { DiskSize: 0 } }, true), tc({ SystemDisk: { DiskSize: 100 } }, false)],
  'system-disk/type': [tc({ SystemDisk: { DiskType: 'CLOUD_SSD', DiskSize: 100 } }, true), tc({ SystemDisk: { DiskSize: 100 } }, false)],
  'parameter/flattening': [
    { api: TC, encoding: 'query', payload: `InstanceId=${INS}&LoginSettings.KeyIds.0=skey-11112222&LoginSettings.KeyIds.2=skey-33334444`, fires: true },
    { api: TC, encoding: 'query', payload: `InstanceId=${INS}&LoginSettings.KeyIds.x=skey-11112222`, fires: true },
    { api: TC, encoding: 'query', payload: `InstanceId=${INS}&LoginSettings.KeyIds.0=skey-11112222&LoginSettings.KeyIds.1=skey-33334444`, fires: false },
  ],
  'preflight/instance-state': [
    { api: TC, facts: { instance: { state: 'PENDING' } }, payload: { InstanceId: INS }, fires: true },
    { api: TC, facts: { instance: { state: 'STOPPED' } }, payload: { InstanceId: INS }, fires: false },
  ],
  'preflight/os-switch': [
    { api: TC, facts: { instance: { os: 'linux', systemDisk: { category: 'local', type: 'LOCAL_BASIC' } }, image: { os: 'windows' } }, payload: { InstanceId: INS, ImageId: 'img-pmqg1cw7' }, fires: true },
    { api: TC, facts: { instance: { os: 'linux', systemDisk: { category: 'cloud', type: 'CLOUD_SSD' } }, image: { os: 'windows' } }, payload: { InstanceId: INS, ImageId: 'img-pmqg1cw7' }, fires: false },
  ],
  'preflight/disk-size': [
    { api: TC, facts: { instance: { systemDisk: { category: 'cloud', type: 'CLOUD_SSD', sizeGB: 100 } } }, payload: { InstanceId: INS, SystemDisk: { DiskSize: 50 } }, fires: true },
    { api: TC, facts: { instance: { systemDisk: { category: 'cloud', type: 'CLOUD_SSD', sizeGB: 100 } } }, payload: { InstanceId: INS, SystemDisk: { DiskSize: 120 } }, fires: false },
  ],
  'preflight/keep-image-login': [
    { api: TC, facts: { image: { source: 'public' } }, payload: { InstanceId: INS, ImageId: 'img-pmqg1cw7', LoginSettings: { KeepImageLogin: 'TRUE' } }, fires: true },
    { api: TC, facts: { image: { source: 'custom' } }, payload: { InstanceId: INS, ImageId: 'img-pmqg1cw7', LoginSettings: { KeepImageLogin: 'TRUE' } }, fires: false },
  ],
};
