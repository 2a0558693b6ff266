import { describe, expect, it } from 'vitest';
import { validateLocated } from './validateLocated.ts';
import { validate } from './validate.ts';

describe('validateLocated', () => {
  it('is validate() with each issue’s path as written beside it', () => {
    const payload = { InstanceId: 'ins-r8hr2upy', Hostname: 'web', Zr7Wv4Lp: 'x', LoginSettings: { Password: 'short' } };
    const located = validateLocated('tencent.cvm.ResetInstance', payload, { os: 'linux' });
    const { sourcePaths, ...report } = located;
    expect(report).toEqual(validate('tencent.cvm.ResetInstance', payload, { os: 'linux' }));
    expect(located.issues.map((issue) => issue.path)).toEqual([['<redacted key 1>'], ['<redacted key 2>'], ['LoginSettings', 'Password'], ['LoginSettings', 'Password']]);
    expect(sourcePaths).toEqual([['Hostname'], ['Zr7Wv4Lp'], ['LoginSettings', 'Password'], ['LoginSettings', 'Password']]);
    expect(located.issues[0]?.message).toContain('"Hostname"');
    expect(located.issues[1]?.message).not.toContain('Zr7');
  });

  it('gives form-request paths as written, and hints + only where the raw value held one', () => {
    const located = validateLocated('tencent.cvm.ResetInstance@api2', 'InstanceId=ins-r8hr2upy&LoginSettings.Password=a+b&Xk9.Tq2=1&Xk9.Tq2=2', { encoding: 'query' });
    expect(located.sourcePaths).toContainEqual(['Xk9', 'Tq2']);
    expect(located.issues.map((issue) => issue.path)).toContainEqual(['<redacted key 2>']);
    const password = located.issues.find((issue) => issue.path.join('.') === 'LoginSettings.Password');
    expect(password?.message).toContain('%2B');
  });
});
