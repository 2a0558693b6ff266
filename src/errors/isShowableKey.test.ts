import { describe, expect, it } from 'vitest';
import { isShowableKey } from './isShowableKey.ts';

describe('isShowableKey', () => {
  it('shows an identifier-shaped key near a parameter name', () => {
    expect(isShowableKey('Hostname', 'HostName')).toBe(true);
    expect(isShowableKey('passwordAuth', 'passWordAuth')).toBe(true);
    expect(isShowableKey('instance-id', 'instanceId')).toBe(true);
  });

  it('hides a key with no near name, whatever its shape: it may be text split off a password', () => {
    expect(isShowableKey('Zr7Wv4Lp', undefined)).toBe(false);
  });

  it('hides a key near a name that holds a separator, a control character, non-ASCII or over 64 characters', () => {
    for (const key of ['Password:Xk9', 'Pass word', 'Password\n', 'Pаssword', `P${'a'.repeat(64)}`, '9Password', '']) {
      expect(isShowableKey(key, 'Password')).toBe(false);
    }
  });
});
