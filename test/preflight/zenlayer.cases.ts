import type { PreflightCase } from './cases.ts';

const API = 'zenlayer.zec.ResetInstance';
const BASE = { instanceId: '1234567890', imageId: 'ubuntu-22', keyId: 'key-YWD2QFOl' };
const code = (name: string) => ({ code: name, status: 400 });

/** Zenlayer preflight cases: powered off, size, image status, OS type, agent, Windows/Generic credentials. */
export const ZENLAYER_CASES: readonly PreflightCase[] = [
  {
    name: 'instance powered off',
    api: API,
    os: 'linux',
    payload: BASE,
    failing: { instance: { state: 'RUNNING' } },
    passing: { instance: { state: 'STOPPED' } },
    expected: { rule: 'preflight/instance-state', path: [], vendor: code('UNSUPPORTED_OPERATION_INSTANCE_STATUS') },
  },
  {
    name: 'boot disk at least the image size',
    api: API,
    os: 'linux',
    payload: BASE,
    failing: { instance: { systemDisk: { sizeGB: 20 } }, image: { sizeGB: 40 } },
    passing: { instance: { systemDisk: { sizeGB: 40 } }, image: { sizeGB: 40 } },
    expected: { rule: 'preflight/disk-size', path: ['imageId'], vendor: code('INVALID_IMAGE_SIZE_EXCEED') },
  },
  {
    name: 'image available',
    api: API,
    os: 'linux',
    payload: BASE,
    failing: { image: { status: 'CREATING' } },
    passing: { image: { status: 'AVAILABLE' } },
    expected: { rule: 'preflight/image-state', path: ['imageId'], vendor: code('INVALID_IMAGE_STATUS') },
  },
  {
    name: 'OS type unchanged',
    api: API,
    payload: { instanceId: '1234567890', imageId: 'win-2022' },
    failing: { instance: { os: 'linux' }, image: { os: 'windows' } },
    passing: { instance: { os: 'windows' }, image: { os: 'windows' } },
    expected: { rule: 'preflight/os-switch', path: ['imageId'], vendor: code('INVALID_OS_TYPE_NOT_SAME') },
  },
  {
    name: 'enableAgent only where the image supports QGA',
    api: API,
    os: 'linux',
    payload: { ...BASE, enableAgent: true },
    failing: { image: { supportsAgent: false } },
    passing: { image: { supportsAgent: true } },
    expected: { rule: 'preflight/agent', path: ['enableAgent'], vendor: code('INVALID_IMAGE_AGENT_NOT_SUPPORT') },
  },
  {
    name: 'Generic images take no key',
    api: API,
    os: 'linux',
    payload: BASE,
    failing: { image: { category: 'Generic', os: 'linux' } },
    passing: { image: { category: 'Ubuntu', os: 'linux' } },
    expected: { rule: 'credentials/unsupported', path: ['keyId'], vendor: code('INVALID_IMAGE_KEY_PAIR_NOT_SUPPORT') },
  },
  {
    name: 'Windows images take no password',
    api: API,
    payload: { instanceId: '1234567890', password: 'Abc1234!x' },
    failing: { image: { category: 'Windows' } },
    passing: { image: { category: 'CentOS', os: 'linux' } },
    expected: { rule: 'credentials/unsupported', path: ['password'], vendor: code('INVALID_IMAGE_PASSWORD_NOT_SUPPORT') },
  },
];
