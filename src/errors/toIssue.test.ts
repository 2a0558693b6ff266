import { describe, expect, it } from 'vitest';
import { en } from './messages/en.ts';
import { zhCN } from './messages/zhCN.ts';
import { formatMessage } from './formatMessage.ts';
import { toIssue } from './toIssue.ts';

describe('toIssue', () => {
  it('builds the issue with severity, a copied path, the message and the vendor code', () => {
    const path = ['LoginSettings', 'Password'];
    const issue = toIssue({ rule: 'password/length', params: { min: 8, max: 30 } }, path, en, { code: 'InvalidPassword' });
    expect(issue).toEqual({
      rule: 'password/length',
      severity: 'error',
      path: ['LoginSettings', 'Password'],
      message: 'Use 8-30 characters for the password.',
      vendor: { code: 'InvalidPassword' },
    });
    expect(issue.path).not.toBe(path);
  });

  it('drops the vendor code from a warning unless it is an error for one OS of two', () => {
    const code = { code: 'InvalidParameterValue.InvalidUserDataFormat', status: 200 };
    expect(toIssue({ rule: 'userdata/padding', severity: 'warning', params: { missing: 2 } }, ['UserData'], en, code)).not.toHaveProperty('vendor');
    const demoted = toIssue({ rule: 'hostname/dot', severity: 'warning', os: 'windows', demoted: true }, ['HostName'], en, code);
    expect(demoted.vendor).toEqual(code);
  });

  it('leaves the vendor out where none is documented', () => {
    expect(toIssue({ rule: 'timezone/unknown' }, ['timezone'], en, undefined)).not.toHaveProperty('vendor');
  });
});

describe('formatMessage', () => {
  it('names the OS of a one-OS finding', () => {
    expect(formatMessage({ rule: 'hostname/dot', os: 'windows' }, en)).toBe(
      'If the target image runs Windows: Remove the dots: a Windows hostname cannot contain ".".',
    );
    expect(formatMessage({ rule: 'hostname/dot', os: 'windows' }, zhCN)).toBe('若目标镜像为 Windows：请删除点号：Windows 主机名不能包含“.”。');
  });
});
