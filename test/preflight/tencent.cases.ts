import type { PreflightCase } from './cases.ts';
import { TENCENT_REJECTED_STATES } from '../../src/schemas/tencent/policies.ts';

const API3 = 'tencent.cvm.ResetInstance';
const API2 = 'tencent.cvm.ResetInstance@api2';
const BASE = { InstanceId: 'ins-r8hr2upy' };
const GROW = { ...BASE, SystemDisk: { DiskSize: 60 } };
const SWITCH = { ...BASE, ImageId: 'img-pmqg1cw7' };
const KEEP = { ...BASE, LoginSettings: { KeepImageLogin: 'TRUE' } };

const states: PreflightCase[] = Object.entries(TENCENT_REJECTED_STATES).flatMap(([state, code]) => [
  {
    name: `instance state ${state}`,
    api: API3,
    payload: BASE,
    failing: { instance: { state } },
    passing: { instance: { state: 'STOPPED' } },
    expected: { rule: 'preflight/instance-state', path: [], vendor: { code, status: 200 } },
  },
]);

/** Tencent preflight cases: every rejected state, disk size, OS switch, KeepImageLogin, keys on Windows. */
export const TENCENT_CASES: readonly PreflightCase[] = [
  ...states,
  {
    name: 'instance state on the legacy API',
    api: API2,
    payload: BASE,
    failing: { instance: { state: 'rebooting' } },
    passing: { instance: { state: 'RUNNING' } },
    expected: { rule: 'preflight/instance-state', path: [], vendor: { code: 'InvalidInstance.NotSupported' } },
  },
  {
    name: 'DiskSize may only grow',
    api: API3,
    payload: GROW,
    failing: { instance: { systemDisk: { category: 'cloud', sizeGB: 80 } } },
    passing: { instance: { systemDisk: { category: 'cloud', sizeGB: 60 } } },
    expected: { rule: 'preflight/disk-size', path: ['SystemDisk', 'DiskSize'], vendor: { code: 'InvalidParameterValue', status: 200 } },
  },
  {
    name: 'DiskSize only on a cloud system disk',
    api: API3,
    payload: GROW,
    failing: { instance: { systemDisk: { type: 'LOCAL_BASIC', sizeGB: 50 } } },
    passing: { instance: { systemDisk: { type: 'CLOUD_PREMIUM', sizeGB: 50 } } },
    expected: { rule: 'preflight/disk-size', path: ['SystemDisk', 'DiskSize'], vendor: { code: 'InvalidParameterValue', status: 200 } },
  },
  {
    name: 'Linux to Windows only on CLOUD_BASIC, CLOUD_PREMIUM, CLOUD_SSD, CLOUD_BSSD',
    api: API3,
    payload: SWITCH,
    failing: { instance: { os: 'linux', systemDisk: { type: 'CLOUD_HSSD' } }, image: { os: 'windows' } },
    passing: { instance: { os: 'linux', systemDisk: { type: 'CLOUD_BSSD' } }, image: { os: 'windows' } },
    expected: {
      rule: 'preflight/os-switch',
      path: ['ImageId'],
      vendor: { code: 'InvalidParameterValue.InvalidImageIdForRetsetInstance', status: 200 },
    },
  },
  {
    name: 'legacy API: no CLOUD_BSSD switch',
    api: API2,
    payload: SWITCH,
    failing: { instance: { os: 'windows', systemDisk: { type: 'CLOUD_BSSD' } }, image: { os: 'linux' } },
    passing: { instance: { os: 'windows', systemDisk: { type: 'CLOUD_SSD' } }, image: { os: 'linux' } },
    expected: { rule: 'preflight/os-switch', path: ['ImageId'], vendor: { code: 'InvalidInstance.NotSupported' } },
  },
  {
    name: 'legacy API: no switch in overseas regions (warning)',
    api: API2,
    payload: SWITCH,
    failing: { instance: { os: 'windows', region: 'na-siliconvalley' }, image: { os: 'linux' } },
    passing: { instance: { os: 'windows', region: 'ap-shanghai-fsi' }, image: { os: 'linux' } },
    // The region list is undocumented, so the warning predicts no rejection code.
    expected: { rule: 'preflight/os-switch', path: ['ImageId'], vendor: undefined, severity: 'warning' },
  },
  {
    name: 'KeepImageLogin needs a custom, shared or imported image',
    api: API3,
    payload: KEEP,
    failing: { image: { source: 'public' } },
    passing: { image: { source: 'shared' } },
    expected: { rule: 'preflight/keep-image-login', path: ['LoginSettings', 'KeepImageLogin'], vendor: { code: 'InvalidParameterValue', status: 200 } },
  },
  {
    name: 'keys never on Windows (the image OS stands in for os)',
    api: API3,
    payload: { ...BASE, LoginSettings: { KeyIds: ['skey-aaaaaaaa'] } },
    failing: { image: { os: 'windows' } },
    passing: { image: { os: 'linux' } },
    expected: {
      rule: 'credentials/unsupported',
      path: ['LoginSettings', 'KeyIds'],
      vendor: { code: 'UnsupportedOperation.KeyPairUnsupportedWindows', status: 200 },
    },
  },
];
