import type { PreflightCase } from './cases.ts';

const API = 'jdcloud.vm.rebuildInstance';
const BASE = { regionId: 'cn-north-1', instanceId: 'i-abcdefgh12', imageId: 'img-abcdefgh12' };
const PRECONDITION = { code: 'FAILED_PRECONDITION', status: 400 };

/** JD preflight cases: stopped, disk category, instance type, disk size, encryption. */
export const JDCLOUD_CASES: readonly PreflightCase[] = [
  {
    name: 'instance must be stopped',
    api: API,
    payload: BASE,
    failing: { instance: { state: 'running' } },
    passing: { instance: { state: 'stopped' } },
    expected: { rule: 'preflight/instance-state', path: [], vendor: PRECONDITION },
  },
  {
    name: 'instance must be stopped (1.0.3 page, same endpoint)',
    api: 'jdcloud.vm.rebuildInstance@1.0.3',
    payload: { ...BASE, password: 'Ab3#xY7!kQ' },
    failing: { instance: { state: 'starting' } },
    passing: { instance: { state: 'stopped' } },
    expected: { rule: 'preflight/instance-state', path: [], vendor: PRECONDITION },
  },
  {
    name: 'local system disk needs a localDisk image',
    api: API,
    payload: BASE,
    failing: { instance: { systemDisk: { category: 'local' } }, image: { rootDeviceType: 'cloudDisk' } },
    passing: { instance: { systemDisk: { category: 'local' } }, image: { rootDeviceType: 'localDisk' } },
    expected: { rule: 'preflight/disk-type', path: ['imageId'], vendor: PRECONDITION },
  },
  {
    name: 'cloud system disk needs a cloudDisk image',
    api: API,
    payload: { regionId: 'cn-north-1', instanceId: 'i-abcdefgh12' },
    failing: { instance: { systemDisk: { category: 'cloud' } }, image: { rootDeviceType: 'localDisk' } },
    passing: { instance: { systemDisk: { category: 'cloud' } }, image: { rootDeviceType: 'cloudDisk' } },
    expected: { rule: 'preflight/disk-type', path: [], vendor: PRECONDITION },
  },
  {
    name: 'image must support the instance type',
    api: API,
    payload: BASE,
    failing: { instance: { instanceType: 'g.n2.medium' }, image: { supportedInstanceTypes: ['c.n2.large'] } },
    passing: { instance: { instanceType: 'g.n2.medium' }, image: { supportedInstanceTypes: ['c.n2.large', 'g.n2.medium'] } },
    expected: { rule: 'preflight/instance-type', path: ['imageId'], vendor: PRECONDITION },
  },
  {
    name: 'cloud system disk at least the image size',
    api: API,
    payload: BASE,
    failing: { instance: { systemDisk: { category: 'cloud', sizeGB: 40 } }, image: { sizeGB: 50 } },
    passing: { instance: { systemDisk: { category: 'cloud', sizeGB: 50 } }, image: { sizeGB: 50 } },
    expected: { rule: 'preflight/disk-size', path: ['imageId'], vendor: { code: 'OUT_OF_RANGE', status: 400 } },
  },
  {
    name: 'image encryption matches the system disk',
    api: API,
    payload: BASE,
    failing: { instance: { systemDisk: { category: 'cloud', encrypted: true } }, image: { encrypted: false } },
    passing: { instance: { systemDisk: { category: 'cloud', encrypted: true } }, image: { encrypted: true } },
    expected: { rule: 'preflight/encryption', path: ['imageId'], vendor: PRECONDITION },
  },
];
