import { describe, expect, it } from 'vitest';
import type { PayloadAbout } from './types.ts';
import { vendorCodeFor } from './vendorCodeFor.ts';

const ABOUT: PayloadAbout = {
  vendor: { 'parameter/required': { code: 'MISSING' }, '*': { code: 'GENERIC' } },
  fields: {
    password: { description: 'p', vendor: { 'password/*': { code: 'BAD_PASSWORD', status: 400 } } },
    keys: { description: 'k', vendor: { 'identifier/format': { code: 'BAD_KEY' } } },
    'keys[]': { description: 'i' },
    'keys[].name': { description: 'n', vendor: { '*': { code: 'BAD_NAME' } } },
    login: { description: 'l' },
    'login.secret': { description: 's', vendor: { 'password/length': { code: 'SHORT' }, 'password/*': { code: 'WEAK' } } },
  },
};

describe('vendorCodeFor', () => {
  it('prefers the deepest field, then the family, then the API default', () => {
    expect(vendorCodeFor(ABOUT, 'password/length', ['password'])).toEqual({ code: 'BAD_PASSWORD', status: 400 });
    expect(vendorCodeFor(ABOUT, 'parameter/type', ['password'])).toEqual({ code: 'GENERIC' });
    expect(vendorCodeFor(ABOUT, 'parameter/required', [])).toEqual({ code: 'MISSING' });
    expect(vendorCodeFor(ABOUT, 'identifier/format', ['keys', 0])).toEqual({ code: 'BAD_KEY' });
    expect(vendorCodeFor(ABOUT, 'identifier/format', ['keys', 0, 'name'])).toEqual({ code: 'BAD_NAME' });
  });

  it('prefers the exact rule id over its family within one entry', () => {
    expect(vendorCodeFor(ABOUT, 'password/length', ['login', 'secret'])).toEqual({ code: 'SHORT' });
    expect(vendorCodeFor(ABOUT, 'password/classes', ['login', 'secret'])).toEqual({ code: 'WEAK' });
  });

  it('stops at an unknown segment', () => {
    expect(vendorCodeFor(ABOUT, 'parameter/unknown', ['nope', 'deeper'])).toEqual({ code: 'GENERIC' });
    expect(vendorCodeFor(ABOUT, 'parameter/unknown', ['password', 3])).toEqual({ code: 'GENERIC' });
  });

  it('finds nothing under inherited or look-alike keys', () => {
    expect(vendorCodeFor(ABOUT, 'parameter/unknown', ['constructor'])).toEqual({ code: 'GENERIC' });
    expect(vendorCodeFor(ABOUT, 'parameter/unknown', ['__proto__'])).toEqual({ code: 'GENERIC' });
    expect(vendorCodeFor(ABOUT, 'password/length', ['login.secret'])).toEqual({ code: 'GENERIC' });
    expect(vendorCodeFor(ABOUT, 'identifier/format', ['keys[]'])).toEqual({ code: 'GENERIC' });
  });

  it('answers by the path given, not the last one looked up for the rule, even in the same array changed', () => {
    const path: (string | number)[] = ['login', 'secret'];
    expect(vendorCodeFor(ABOUT, 'password/length', path)).toEqual({ code: 'SHORT' });
    path[1] = 'other';
    expect(vendorCodeFor(ABOUT, 'password/length', path)).toEqual({ code: 'GENERIC' });
    path.splice(0, 2, 'password');
    expect(vendorCodeFor(ABOUT, 'password/length', path)).toEqual({ code: 'BAD_PASSWORD', status: 400 });
    for (let round = 0; round < 3; round++) {
      expect(vendorCodeFor(ABOUT, 'identifier/format', ['keys', round])).toEqual({ code: 'BAD_KEY' });
      expect(vendorCodeFor(ABOUT, 'identifier/format', ['keys', round, 'name'])).toEqual({ code: 'BAD_NAME' });
      expect(vendorCodeFor(ABOUT, 'identifier/format', [])).toEqual({ code: 'GENERIC' });
    }
  });

  it('keeps each about object apart', () => {
    const other: PayloadAbout = { vendor: { '*': { code: 'OTHER' } }, fields: { password: { description: 'p' } } };
    expect(vendorCodeFor(ABOUT, 'password/length', ['password'])).toEqual({ code: 'BAD_PASSWORD', status: 400 });
    expect(vendorCodeFor(other, 'password/length', ['password'])).toEqual({ code: 'OTHER' });
    expect(vendorCodeFor(ABOUT, 'password/length', ['password'])).toEqual({ code: 'BAD_PASSWORD', status: 400 });
  });
});
