import type { PreflightCase } from './cases.ts';
import { ALIBABA_STATE_CODES } from '../../src/schemas/alibaba/policies.ts';

const API = 'alibaba.ecs.ReplaceSystemDisk';
const BASE = { InstanceId: 'i-bp67acfmxazb4ph1qxyz', ImageId: 'm-bp67acfmxazb4ph1abcd' };
const SIZED = { ...BASE, SystemDisk: { Size: 40 } };
const SIZED_100 = { ...BASE, SystemDisk: { Size: 100 } };
const STOPPED = { instance: { state: 'Stopped' } };

/** Every other documented state (the `Status` docstring of `DescribeInstancesRequest`), with the code it is answered with. */
const states: PreflightCase[] = ['Pending', 'Running', 'Starting', 'Stopping'].map((state) => ({
  name: `instance state ${state}`,
  api: API,
  payload: BASE,
  failing: { instance: { state } },
  passing: STOPPED,
  expected: { rule: 'preflight/instance-state', path: [], vendor: { code: ALIBABA_STATE_CODES[state] ?? 'IncorrectInstanceStatus', status: 403 } },
}));

/** Alibaba preflight cases: every other state, the disputed locks, an unpaid order, the stop mode, hardening on a non-public image, the disk size against image, disk and category. */
export const ALIBABA_CASES: readonly PreflightCase[] = [
  ...states,
  {
    name: 'a security lock (disputed: a warning, no code)',
    api: API,
    payload: BASE,
    failing: { instance: { state: 'Stopped', locks: ['security'] } },
    passing: { instance: { state: 'Stopped', locks: [] } },
    expected: { rule: 'preflight/instance-lock', path: [], vendor: undefined, severity: 'warning' },
  },
  {
    name: 'an overdue-payment lock (by inference: a warning, no code)',
    api: API,
    payload: BASE,
    failing: { instance: { locks: ['dedicatedhostfinancial'] } },
    passing: { instance: { locks: ['Recycling'] } },
    expected: { rule: 'preflight/instance-lock', path: [], vendor: undefined, severity: 'warning' },
  },
  {
    name: 'an unpaid order (a fact only the caller has)',
    api: API,
    payload: BASE,
    failing: { instance: { state: 'Stopped', unpaidOrder: true } },
    passing: { instance: { state: 'Stopped', unpaidOrder: false } },
    expected: { rule: 'preflight/unpaid-order', path: [], vendor: { code: 'OperationDenied.UnpaidOrder', status: 403 } },
  },
  {
    name: 'stopped in economical mode (advice: a warning, no code)',
    api: API,
    payload: BASE,
    failing: { instance: { state: 'Stopped', stopMode: 'StopCharging' } },
    passing: { instance: { state: 'Stopped', stopMode: 'KeepCharging' } },
    expected: { rule: 'preflight/stop-mode', path: [], vendor: undefined, severity: 'warning' },
  },
  {
    name: 'security hardening with an image that is not public (undocumented answer: a warning)',
    api: API,
    payload: { ...BASE, SecurityEnhancementStrategy: 'Active' },
    failing: { image: { source: 'custom' } },
    passing: { image: { source: 'public' } },
    expected: { rule: 'preflight/security-enhancement', path: ['SecurityEnhancementStrategy'], vendor: undefined, severity: 'warning' },
  },
  {
    name: 'SystemDisk.Size below the image size',
    api: API,
    payload: SIZED,
    failing: { image: { sizeGB: 60 } },
    passing: { image: { sizeGB: 40 } },
    expected: { rule: 'preflight/disk-size', path: ['SystemDisk', 'Size'], vendor: { code: 'InvalidSystemDiskSize.LessThanImageSize', status: 404 } },
  },
  {
    name: 'SystemDisk.Size below the current system disk (no code is tied to it)',
    api: API,
    payload: SIZED,
    failing: { instance: { systemDisk: { type: 'cloud_essd', performanceLevel: 'PL1', sizeGB: 80 } } },
    passing: { instance: { systemDisk: { type: 'cloud_essd', performanceLevel: 'PL1', sizeGB: 40 } } },
    expected: { rule: 'preflight/disk-size', path: ['SystemDisk', 'Size'], vendor: undefined },
  },
  {
    name: 'SystemDisk.Size below the ESSD PL2 minimum (only the current reading rejects: a warning)',
    api: API,
    payload: SIZED_100,
    failing: { instance: { systemDisk: { type: 'cloud_essd', performanceLevel: 'PL2' } } },
    passing: { instance: { systemDisk: { type: 'cloud_essd', performanceLevel: 'PL1' } } },
    expected: { rule: 'system-disk/size', path: ['SystemDisk', 'Size'], vendor: undefined, severity: 'warning' },
  },
];
