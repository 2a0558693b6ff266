import { describe, expect, it } from 'vitest';
import type { PayloadSpec } from '../spec/types.ts';
import { namesAt } from './namesAt.ts';

const SPEC: PayloadSpec = {
  fields: {
    Disk: { type: 'object', fields: { Size: { type: 'integer' }, Type: { type: 'string' } } },
    Tags: { type: 'array', items: { type: 'object', fields: { Key: { type: 'string' }, Value: { type: 'string' } } } },
    Name: { type: 'string' },
  },
  unknownSeverity: 'error',
  checks: [],
};

describe('namesAt', () => {
  it("lists the payload's names in spec order", () => {
    expect(namesAt(SPEC, [])).toEqual(['Disk', 'Tags', 'Name']);
  });

  it("lists a nested object's and a list element's names", () => {
    expect(namesAt(SPEC, ['Disk'])).toEqual(['Size', 'Type']);
    expect(namesAt(SPEC, ['Tags', '[]'])).toEqual(['Key', 'Value']);
  });

  it('throws when the field is not an object (the generated checker is stale)', () => {
    expect(() => namesAt(SPEC, ['Name'])).toThrow(/npm run gen/);
  });
});
