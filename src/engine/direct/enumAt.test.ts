import { describe, expect, it } from 'vitest';
import type { PayloadSpec } from '../spec/types.ts';
import { enumAt } from './enumAt.ts';

const VALUES = ['TRUE', 'FALSE'];
const SPEC: PayloadSpec = { fields: { Keep: { type: 'string', enum: VALUES }, Name: { type: 'string' } }, unknownSeverity: 'error', checks: [] };

describe('enumAt', () => {
  it("returns the spec's own array of values", () => {
    expect(enumAt(SPEC, ['Keep'])).toBe(VALUES);
  });

  it('throws when the field is not an enumeration (the generated checker is stale)', () => {
    expect(() => enumAt(SPEC, ['Name'])).toThrow(/npm run gen/);
  });
});
