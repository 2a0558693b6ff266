import { describe, expect, it } from 'vitest';
import type { PayloadSpec } from './types.ts';
import { vendorCodeFor } from './vendorCodeFor.ts';

const SPEC: PayloadSpec = {
  unknownSeverity: 'warning',
  checks: [],
  vendor: { 'parameter/required': { code: 'MISSING' }, '*': { code: 'GENERIC' } },
  fields: {
    password: { type: 'string', description: 'p', vendor: { 'password/*': { code: 'BAD_PASSWORD', status: 400 } } },
    keys: {
      type: 'array',
      description: 'k',
      vendor: { 'identifier/format': { code: 'BAD_KEY' } },
      items: { type: 'object', description: 'i', fields: { name: { type: 'string', description: 'n', vendor: { '*': { code: 'BAD_NAME' } } } } },
    },
  },
};

describe('vendorCodeFor', () => {
  it('prefers the deepest field, then the family, then the API default', () => {
    expect(vendorCodeFor(SPEC, 'password/length', ['password'])).toEqual({ code: 'BAD_PASSWORD', status: 400 });
    expect(vendorCodeFor(SPEC, 'parameter/type', ['password'])).toEqual({ code: 'GENERIC' });
    expect(vendorCodeFor(SPEC, 'parameter/required', [])).toEqual({ code: 'MISSING' });
    expect(vendorCodeFor(SPEC, 'identifier/format', ['keys', 0])).toEqual({ code: 'BAD_KEY' });
    expect(vendorCodeFor(SPEC, 'identifier/format', ['keys', 0, 'name'])).toEqual({ code: 'BAD_NAME' });
  });

  it('stops at an unknown segment', () => {
    expect(vendorCodeFor(SPEC, 'parameter/unknown', ['nope', 'deeper'])).toEqual({ code: 'GENERIC' });
    expect(vendorCodeFor(SPEC, 'parameter/unknown', ['password', 3])).toEqual({ code: 'GENERIC' });
  });
});
