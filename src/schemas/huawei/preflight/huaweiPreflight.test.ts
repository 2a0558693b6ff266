import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../preflight/facts.ts';
import { huaweiPreflight } from './huaweiPreflight.ts';

const PATH = { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8' };
const IMAGE = '67f433d8-ed0e-4321-a8a2-a71838539e09';
/** Facts that break every precondition at once. */
const BROKEN: Facts = { instance: { state: 'REBUILD', hasSystemDisk: false }, image: { status: 'killed', supportsCloudInit: false } };

const rulesOf = (member: 'os-reinstall' | 'os-change', cloudInit: boolean, payload: Readonly<Record<string, unknown>>, facts: Facts = BROKEN): string[] =>
  huaweiPreflight(member, cloudInit).flatMap((rule) => rule(payload, facts).map(({ finding, path }) => `${finding.rule} ${path.join('.')}`));

describe('huaweiPreflight', () => {
  it('checks a v2 change OS for state, system disk, image state and Cloud-Init, in that order, the image ones at imageid', () => {
    expect(rulesOf('os-change', true, { ...PATH, 'os-change': { imageid: IMAGE } })).toEqual([
      'preflight/instance-state ',
      'preflight/system-disk ',
      'preflight/image-state os-change.imageid',
      'preflight/cloud-init os-change.imageid',
    ]);
  });

  it('does not check the image state of a reinstall (it keeps its image), nor Cloud-Init on the v1 APIs', () => {
    expect(rulesOf('os-reinstall', true, { ...PATH, 'os-reinstall': {} })).toEqual(['preflight/instance-state ', 'preflight/system-disk ', 'preflight/cloud-init ']);
    expect(rulesOf('os-reinstall', false, { ...PATH, 'os-reinstall': {} })).toEqual(['preflight/instance-state ', 'preflight/system-disk ']);
    expect(rulesOf('os-change', false, { ...PATH, 'os-change': { imageid: IMAGE } })).toEqual(['preflight/instance-state ', 'preflight/system-disk ', 'preflight/image-state os-change.imageid']);
  });

  it('puts the image findings on the request when the body names no image', () => {
    expect(rulesOf('os-change', true, { ...PATH, 'os-change': { imageid: null } }, { image: { status: 'queued', supportsCloudInit: false } })).toEqual([
      'preflight/image-state ',
      'preflight/cloud-init ',
    ]);
  });

  it('stays silent when the facts meet every precondition or are absent', () => {
    const met: Facts = { instance: { state: 'SHUTOFF', hasSystemDisk: true }, image: { status: 'active', supportsCloudInit: true } };
    expect(rulesOf('os-change', true, { ...PATH, 'os-change': { imageid: IMAGE } }, met)).toEqual([]);
    expect(rulesOf('os-change', true, { ...PATH, 'os-change': { imageid: IMAGE } }, {})).toEqual([]);
  });
});
