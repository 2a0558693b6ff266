import type { RuleExample } from '../../../engine/spec/ruleExample.ts';
import type { Os } from '../../../rules/finding.ts';
import type { RuleId } from '../../../rules/ruleId.ts';

const AL = 'alibaba.ecs.ReplaceSystemDisk';
const AL_IDS = { InstanceId: 'i-bp67acfmxazb4ph1qxyz', ImageId: 'm-bp67acfmxazb4ph1abcd' };
const al = (payload: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample =>
  os ? { api: AL, os, payload: { ...AL_IDS, ...payload }, fires } : { api: AL, payload: { ...AL_IDS, ...payload }, fires };

/** Alibaba Cloud's examples per rule id, shown on the rule pages (`docs/rules/`); each fires, or not, as declared. */
export const RULE_EXAMPLES: Readonly<Partial<Record<RuleId, readonly RuleExample[]>>> = {
  'parameter/required': [
    { api: AL, payload: { InstanceId: AL_IDS.InstanceId, Password: 'EcsV587!' }, fires: true },
    { api: AL, payload: { InstanceId: AL_IDS.InstanceId, DiskId: 'd-bp67acfmxazb4ph1efgh' }, fires: false },
  ],
  'parameter/type': [
    { api: AL, encoding: 'query', payload: `InstanceId=${AL_IDS.InstanceId}&ImageId=${AL_IDS.ImageId}&SystemDisk.Size=1.5`, fires: true },
    al({ SystemDisk: { Size: 1.5 } }, true),
    al({ SystemDisk: { Size: 80 }, PasswordInherit: false }, false),
  ],
  'parameter/unknown': [al({ RegionId: 'cn-hangzhou' }, true)],
  'parameter/enum': [al({ SecurityEnhancementStrategy: 'active' }, true), al({ SecurityEnhancementStrategy: 'Active' }, false)],
  'parameter/length': [al({ ClientToken: 't'.repeat(65) }, true), al({ ClientToken: '123e4567-e89b-12d3-a456-426655440000' }, false)],
  'parameter/conflict': [al({ DiskId: 'd-bp67acfmxazb4ph1efgh' }, true), al({}, false)],
  'parameter/deprecated': [
    { api: AL, payload: { InstanceId: AL_IDS.InstanceId, DiskId: 'd-bp67acfmxazb4ph1efgh' }, fires: true },
    al({ Arn: [{ RoleType: 'service', Rolearn: 'acs:ram::123456:role/a', AssumeRoleFor: 0 }] }, true),
    al({ Platform: 'CentOS' }, true),
    al({ Encrypted: true }, false),
  ],
  'parameter/charset': [al({ ClientToken: 'token-中文' }, true), al({ ClientToken: 'token-0042' }, false)],
  'identifier/format': [
    { api: AL, payload: { InstanceId: 'bp67acfmxazb4ph1qxyz', ImageId: AL_IDS.ImageId }, fires: true },
    { api: AL, payload: { InstanceId: '', ImageId: AL_IDS.ImageId }, fires: true },
    al({}, false),
  ],
  'password/length': [al({ Password: 'EcsV58!' }, true), al({ Password: 'EcsV587!' }, false)],
  'password/charset': [
    al({ Password: '/EcsV587!' }, true, 'windows'),
    al({ Password: '/EcsV587!' }, true),
    al({ Password: 'EcsV587\'!' }, true, 'linux'),
    al({ Password: 'Ecs V587!' }, true, 'linux'),
    al({ Password: '/EcsV587!' }, false, 'linux'),
  ],
  'password/classes': [al({ Password: 'ecsv5870' }, true), al({ Password: 'EcsV5870' }, false)],
  'credentials/conflict': [al({ Password: 'EcsV587!', PasswordInherit: true }, true), al({ Password: 'EcsV587!', PasswordInherit: false }, false)],
  'system-disk/size': [al({ SystemDisk: { Size: 4096 } }, true), al({ SystemDisk: { Size: 1024 } }, true), al({ SystemDisk: { Size: 80 } }, false)],
  'credentials/ignored': [
    al({ KeyPairName: 'deploy' }, true, 'windows'),
    al({ KeyPairName: 'deploy', Password: 'EcsV587!' }, true, 'linux'),
    al({ KeyPairName: 'deploy' }, false, 'linux'),
  ],
  'parameter/flattening': [
    { api: AL, encoding: 'query', payload: `InstanceId=${AL_IDS.InstanceId}&ImageId=${AL_IDS.ImageId}&Arn.0.RoleType=service`, fires: true },
    { api: AL, encoding: 'query', payload: `InstanceId=${AL_IDS.InstanceId}&ImageId=${AL_IDS.ImageId}&Arn.1.RoleType=service&Arn.3.RoleType=user`, fires: true },
    { api: AL, encoding: 'query', payload: `InstanceId=${AL_IDS.InstanceId}&ImageId=${AL_IDS.ImageId}&Arn.1.RoleType=service&Arn.2.RoleType=user`, fires: false },
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
  'preflight/stop-mode': [
    { api: AL, facts: { instance: { state: 'Stopped', stopMode: 'StopCharging' } }, payload: AL_IDS, fires: true },
    { api: AL, facts: { instance: { state: 'Stopped', stopMode: 'KeepCharging' } }, payload: AL_IDS, fires: false },
  ],
  'preflight/security-enhancement': [
    { api: AL, facts: { image: { source: 'custom' } }, payload: { ...AL_IDS, SecurityEnhancementStrategy: 'Active' }, fires: true },
    { api: AL, facts: { image: { source: 'public' } }, payload: { ...AL_IDS, SecurityEnhancementStrategy: 'Active' }, fires: false },
  ],
};
