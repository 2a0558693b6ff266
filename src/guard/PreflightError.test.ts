import { describe, expect, it } from 'vitest';
import { validate } from '../validate.ts';
import { PreflightError } from './PreflightError.ts';

describe('PreflightError', () => {
  it('names each error with its rule, path and vendor code, and carries the report, never the password', () => {
    const report = validate('tencent.cvm.ResetInstance', { InstanceId: 'ins-1', LoginSettings: { Password: 'Ab1!xyz' } });
    const error = new PreflightError(report);
    expect(error.name).toBe('PreflightError');
    expect(error.report).toBe(report);
    expect(error.message).toMatch(/^tencent\.cvm\.ResetInstance: the request was not sent; 2 errors:\n- /);
    expect(error.message).toContain('- password/length at LoginSettings.Password: ');
    expect(error.message).toContain('(InvalidParameterValue.InvalidPassword)');
    expect(error.message).not.toContain('Ab1!xyz');
  });

  it('says "the request" for an issue at the root', () => {
    const error = new PreflightError({ api: 'x', ok: false, issues: [{ rule: 'parameter/type', severity: 'error', path: [], message: 'Use a JSON object here.' }] });
    expect(error.message).toBe('x: the request was not sent; 1 error:\n- parameter/type at the request: Use a JSON object here.');
  });
});
