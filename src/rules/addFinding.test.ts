import { describe, expect, test } from 'vitest';
import { addFinding } from './addFinding.ts';

describe('addFinding', () => {
  test('creates the list at the first finding', () => {
    expect(addFinding(undefined, { rule: 'hostname/dot' })).toEqual([{ rule: 'hostname/dot' }]);
  });

  test('adds to the list it is given, in order', () => {
    const findings = addFinding(undefined, { rule: 'hostname/dot' });
    expect(addFinding(findings, { rule: 'hostname/edge' })).toBe(findings);
    expect(findings).toEqual([{ rule: 'hostname/dot' }, { rule: 'hostname/edge' }]);
  });
});
