import { describe, expect, it } from 'vitest';
import { checkHuaweiInstanceState } from './checkHuaweiInstanceState.ts';

const PATH = { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8' };
const plain = { ...PATH, 'os-reinstall': { adminpass: 'Cloud@2026x!' } };
const stopping = { ...PATH, 'os-reinstall': { adminpass: 'Cloud@2026x!', mode: 'withStopServer' } };
const rule = checkHuaweiInstanceState('os-reinstall');
const at = (payload: Readonly<Record<string, unknown>>, state: string) => rule(payload, { instance: { state } });

describe('checkHuaweiInstanceState', () => {
  it('passes a stopped ECS, in any letter case, with or without mode', () => {
    expect(at(plain, 'SHUTOFF')).toEqual([]);
    expect(at(stopping, 'shutoff')).toEqual([]);
  });

  it('refuses a running ECS without withStopServer, naming it, and passes it with', () => {
    expect(at(plain, 'ACTIVE')).toEqual([
      { finding: { rule: 'preflight/instance-state', params: { state: 'ACTIVE', allowed: ['SHUTOFF'], alternative: 'mode: withStopServer' } }, path: [], vendor: { code: 'Ecs.0100', status: 400 } },
    ]);
    expect(at(stopping, 'ACTIVE')).toEqual([]);
    // The mode of the other body member does not count.
    expect(checkHuaweiInstanceState('os-change')(stopping, { instance: { state: 'ACTIVE' } })).toHaveLength(1);
  });

  it('refuses transitional, shelved and deleted statuses with Ecs.0100, even with withStopServer', () => {
    for (const state of ['BUILD', 'REBOOT', 'HARD_REBOOT', 'REBUILD', 'MIGRATING', 'RESIZE', 'VERIFY_RESIZE', 'REVERT_RESIZE', 'SHELVED', 'SHELVED_OFFLOADED', 'DELETED']) {
      const [finding] = at(stopping, state);
      expect(finding?.vendor?.code, state).toBe('Ecs.0100');
      expect(finding?.finding.params).toEqual({ state, allowed: ['SHUTOFF', 'ACTIVE'] });
    }
  });

  it('warns on ERROR and on statuses the list lacks, predicting no code', () => {
    for (const state of ['ERROR', 'UNKNOWN', 'SUSPENDED', 'PAUSED']) {
      expect(at(plain, state), state).toEqual([
        { finding: { rule: 'preflight/instance-state', severity: 'warning', params: { state, allowed: ['SHUTOFF'], alternative: 'mode: withStopServer' } }, path: [] },
      ]);
    }
  });

  it('stays silent without the state, and reads a body that is no object as having no mode', () => {
    expect(rule(plain, {})).toEqual([]);
    expect(at({ ...PATH, 'os-reinstall': 'mode=withStopServer' }, 'ACTIVE')[0]?.vendor?.code).toBe('Ecs.0100');
  });
});
