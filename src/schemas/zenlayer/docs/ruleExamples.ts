import type { RuleExample } from '../../../engine/spec/ruleExample.ts';
import type { Os } from '../../../rules/finding.ts';
import type { RuleId } from '../../../rules/ruleId.ts';

const ZL = 'zenlayer.zec.ResetInstance';
const ZL_IDS = { instanceId: '1234567890', imageId: 'img-2d7f9a1c' };
const zl = (payload: Readonly<Record<string, unknown>>, fires: boolean, os?: Os): RuleExample =>
  os ? { api: ZL, os, payload: { ...ZL_IDS, ...payload }, fires } : { api: ZL, payload: { ...ZL_IDS, ...payload }, fires };

/** Zenlayer's examples per rule id, shown on the rule pages (`docs/rules/`); each fires, or not, as declared. */
export const RULE_EXAMPLES: Readonly<Partial<Record<RuleId, readonly RuleExample[]>>> = {
  'parameter/required': [{ api: ZL, payload: { imageId: 'img-2d7f9a1c', password: 'Zen@2024' }, fires: true }],
  'parameter/type': [zl({ password: 'Zen@2024', enableAgent: 'true' }, true, 'linux')],
  'parameter/unknown': [zl({ password: 'Zen@2024', timeZone: 'Asia/Shanghai' }, true, 'linux')],
  'identifier/format': [zl({ password: 'Zen@2024', keyId: '' }, true, 'linux')],
  'password/length': [zl({ password: 'Zenlayer@20242024' }, true, 'linux')],
  'password/charset': [zl({ password: 'Zen#2024' }, true, 'linux'), zl({ password: 'Zen.2024' }, true, 'linux'), zl({ password: 'Zen@2024' }, false, 'linux')],
  'password/classes': [zl({ password: 'Zenlayer2024' }, true, 'linux')],
  'userdata/size': [zl({ password: 'Zen@2024', userData: 'x'.repeat(16385) }, true, 'linux')],
  'credentials/conflict': [zl({ password: 'Zen@2024', keyId: 'key-YWD2QFOl' }, true, 'linux')],
  'credentials/unsupported': [zl({ password: 'Zen@2024' }, true, 'windows')],
  'instance-name/length': [
    zl({ password: 'Zen@2024', instanceName: 'a' }, true, 'linux'),
    zl({ password: 'Zen@2024', instanceName: 'web-01.prod' }, false, 'linux'),
  ],
  'instance-name/charset': [
    zl({ password: 'Zen@2024', instanceName: 'web_01' }, true, 'linux'),
    zl({ password: 'Zen@2024', instanceName: 'web-01' }, false, 'linux'),
  ],
  'credentials/missing': [zl({}, true, 'linux'), zl({}, true), zl({ keyId: 'key-YWD2QFOl' }, false, 'linux')],
  'timezone/unknown': [
    zl({ password: 'Zen@2024', timezone: 'Asia/Shangai' }, true, 'linux'),
    zl({ password: 'Zen@2024', timezone: 'Asia/Shanghai' }, false, 'linux'),
  ],
  'preflight/instance-state': [{ api: ZL, os: 'linux', facts: { instance: { state: 'RUNNING' } }, payload: { ...ZL_IDS, password: 'Zen@2024' }, fires: true }],
  'preflight/image-state': [
    { api: ZL, os: 'linux', facts: { image: { status: 'CREATING' } }, payload: { ...ZL_IDS, password: 'Zen@2024' }, fires: true },
    { api: ZL, os: 'linux', facts: { image: { status: 'AVAILABLE' } }, payload: { ...ZL_IDS, password: 'Zen@2024' }, fires: false },
  ],
  'preflight/agent': [
    { api: ZL, os: 'linux', facts: { image: { supportsAgent: false } }, payload: { ...ZL_IDS, password: 'Zen@2024', enableAgent: true }, fires: true },
    { api: ZL, os: 'linux', facts: { image: { supportsAgent: true } }, payload: { ...ZL_IDS, password: 'Zen@2024', enableAgent: true }, fires: false },
  ],
  'preflight/os-switch': [{ api: ZL, facts: { instance: { os: 'linux' }, image: { os: 'windows' } }, payload: ZL_IDS, fires: true }],
  'preflight/disk-size': [
    { api: ZL, os: 'linux', facts: { instance: { systemDisk: { sizeGB: 20 } }, image: { sizeGB: 40 } }, payload: { ...ZL_IDS, password: 'Zen@2024' }, fires: true },
  ],
};
