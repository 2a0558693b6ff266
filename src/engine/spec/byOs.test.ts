import { describe, expect, it } from 'vitest';
import type { Finding, Os } from '../../rules/finding.ts';
import { byOs } from './byOs.ts';

const fails = (rules: Readonly<Record<Os, readonly Finding[]>>) => (os: Os) => rules[os];
const length = (max: number): Finding => ({ rule: 'password/length', params: { min: 8, max } });

describe('byOs', () => {
  it('runs the check for the given OS only', () => {
    expect(byOs('linux', fails({ linux: [length(30)], windows: [] }))).toEqual([length(30)]);
  });

  it('keeps a finding both OS share as one error, with the Windows parameters', () => {
    const findings = byOs(undefined, fails({ linux: [{ rule: 'password/length', params: { min: 8, max: 30 } }], windows: [{ rule: 'password/length', params: { min: 12, max: 30 } }] }));
    expect(findings).toEqual([{ rule: 'password/length', params: { min: 12, max: 30 } }]);
  });

  it('turns a failure for one OS only into a warning that names the OS', () => {
    expect(byOs(undefined, fails({ linux: [], windows: [{ rule: 'hostname/dot' }] }))).toEqual([
      { rule: 'hostname/dot', severity: 'warning', os: 'windows', demoted: true },
    ]);
  });

  it('keeps errors when the value fails both OS for different rules, naming the OS of each', () => {
    expect(byOs(undefined, fails({ linux: [{ rule: 'hostname/consecutive' }], windows: [{ rule: 'hostname/dot' }] }))).toEqual([
      { rule: 'hostname/dot', os: 'windows' },
      { rule: 'hostname/consecutive', os: 'linux' },
    ]);
  });

  it('returns a check\'s own empty result when neither OS finds anything', () => {
    const none: readonly Finding[] = [];
    expect(byOs(undefined, () => none)).toBe(none);
  });

  it('passes warnings through, naming the OS when only one OS has them', () => {
    const warning: Finding = { rule: 'hostname/label-length', severity: 'warning', params: { max: 63 } };
    expect(byOs(undefined, fails({ linux: [warning], windows: [] }))).toEqual([{ ...warning, os: 'linux' }]);
  });
});
