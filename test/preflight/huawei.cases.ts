import type { PreflightCase } from './cases.ts';

const REINSTALL = 'huawei.ecs.ReinstallServerWithCloudInit';
const CHANGE = 'huawei.ecs.ChangeServerOsWithCloudInit';
const PATH = { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8' };
const IMAGE = '67f433d8-ed0e-4321-a8a2-a71838539e09';
/** Passes every password reading on both OSes (docs/vendors/huawei.md#password). */
const PASSWORD = 'Cloud@2026x!';
const STATE = { code: 'Ecs.0100', status: 400 };

/** Huawei preflight cases: instance state with and without withStopServer, system disk, image state, Cloud-Init image. */
export const HUAWEI_CASES: readonly PreflightCase[] = [
  {
    name: 'a running ECS needs mode withStopServer',
    api: REINSTALL,
    payload: { ...PATH, 'os-reinstall': { adminpass: PASSWORD } },
    failing: { instance: { state: 'ACTIVE' } },
    passing: { instance: { state: 'SHUTOFF' } },
    expected: { rule: 'preflight/instance-state', path: [], vendor: STATE },
  },
  {
    name: 'withStopServer admits a running ECS, not one being rebuilt',
    api: REINSTALL,
    payload: { ...PATH, 'os-reinstall': { adminpass: PASSWORD, mode: 'withStopServer' } },
    failing: { instance: { state: 'REBUILD' } },
    passing: { instance: { state: 'ACTIVE' } },
    expected: { rule: 'preflight/instance-state', path: [], vendor: STATE },
  },
  {
    name: 'a faulty ECS is accepted only after a failed reinstall: a warning',
    api: CHANGE,
    payload: { ...PATH, 'os-change': { imageid: IMAGE, adminpass: PASSWORD } },
    failing: { instance: { state: 'ERROR' } },
    passing: { instance: { state: 'SHUTOFF' } },
    expected: { rule: 'preflight/instance-state', path: [], vendor: undefined, severity: 'warning' },
  },
  {
    name: 'the ECS must have a system disk (v1 reinstall too)',
    api: 'huawei.ecs.ReinstallServerWithoutCloudInit',
    payload: { ...PATH, 'os-reinstall': { adminpass: PASSWORD } },
    failing: { instance: { state: 'SHUTOFF', hasSystemDisk: false } },
    passing: { instance: { state: 'SHUTOFF', hasSystemDisk: true } },
    expected: { rule: 'preflight/system-disk', path: [], vendor: { code: 'Ecs.0105', status: 400 } },
  },
  {
    name: 'the new image must be active',
    api: CHANGE,
    payload: { ...PATH, 'os-change': { imageid: IMAGE, adminpass: PASSWORD } },
    failing: { image: { status: 'queued' } },
    passing: { image: { status: 'active' } },
    expected: { rule: 'preflight/image-state', path: ['os-change', 'imageid'], vendor: { code: 'Ecs.0032', status: 400 } },
  },
  {
    name: 'the new image must be active (v1 change OS too)',
    api: 'huawei.ecs.ChangeServerOsWithoutCloudInit',
    payload: { ...PATH, 'os-change': { imageid: IMAGE, adminpass: PASSWORD } },
    failing: { image: { status: 'saving' } },
    passing: { image: { status: 'active' } },
    expected: { rule: 'preflight/image-state', path: ['os-change', 'imageid'], vendor: { code: 'Ecs.0032', status: 400 } },
  },
  {
    name: 'change OS with Cloud-Init needs an image with it',
    api: CHANGE,
    payload: { ...PATH, 'os-change': { imageid: IMAGE, adminpass: PASSWORD } },
    failing: { image: { supportsCloudInit: false } },
    passing: { image: { supportsCloudInit: true } },
    expected: { rule: 'preflight/cloud-init', path: ['os-change', 'imageid'], vendor: undefined },
  },
  {
    name: 'reinstall with Cloud-Init needs the current image to have it',
    api: REINSTALL,
    os: 'linux',
    payload: { ...PATH, 'os-reinstall': { keyname: 'KeyPair-350b', userid: '7e25b1da389f4697a79df3a0e5bd494e' } },
    failing: { image: { os: 'linux', supportsCloudInit: false } },
    passing: { image: { os: 'linux', supportsCloudInit: true } },
    expected: { rule: 'preflight/cloud-init', path: [], vendor: undefined },
  },
];
