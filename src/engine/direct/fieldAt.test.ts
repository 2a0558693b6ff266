import { describe, expect, it } from 'vitest';
import type { PayloadSpec } from '../spec/types.ts';
import { fieldAt } from './fieldAt.ts';

const KEY = { type: 'string', required: true } as const;
const SPEC: PayloadSpec = {
  fields: { metadata: { type: 'array', items: { type: 'object', fields: { key: KEY } } } },
  unknownSeverity: 'warning',
  checks: [],
};

describe('fieldAt', () => {
  it('finds a field by its wire names, `[]` for a list element', () => {
    expect(fieldAt(SPEC, ['metadata', '[]', 'key'])).toBe(KEY);
    expect(fieldAt(SPEC, [])).toEqual({ type: 'object', fields: SPEC.fields });
  });

  it('throws on a path the spec lacks, inherited names included (the generated checker is stale)', () => {
    expect(() => fieldAt(SPEC, ['metadata', 'key'])).toThrow(/npm run gen/);
    expect(() => fieldAt(SPEC, ['toString'])).toThrow(/npm run gen/);
  });
});
