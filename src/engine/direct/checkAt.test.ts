import { describe, expect, it } from 'vitest';
import type { PayloadSpec } from '../spec/types.ts';
import { checkAt } from './checkAt.ts';

const check = (value: string) => (value === '' ? [{ rule: 'parameter/required' as const }] : []);
const SPEC: PayloadSpec = { fields: { Name: { type: 'string', check }, Other: { type: 'string' } }, unknownSeverity: 'error', checks: [] };

describe('checkAt', () => {
  it("returns the field's own check", () => {
    expect(checkAt<string>(SPEC, ['Name'])).toBe(check);
  });

  it('throws when the field has no check (the generated checker is stale)', () => {
    expect(() => checkAt(SPEC, ['Other'])).toThrow(/npm run gen/);
  });
});
