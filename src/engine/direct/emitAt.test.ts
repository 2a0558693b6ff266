import { describe, expect, it } from 'vitest';
import { emitAt } from './emitAt.ts';

describe('emitAt', () => {
  it('starts the list with the first finding, at the value path', () => {
    const path = ['LoginSettings', 'Password'];
    const out = emitAt(undefined, { rule: 'password/length' }, path);
    expect(out).toEqual([{ finding: { rule: 'password/length' }, path }]);
    expect(out[0]?.path).toBe(path);
  });

  it('joins the finding path below the value path, and keeps it as is below the payload', () => {
    const finding = { rule: 'metadata/key-length' as const, path: [2, 'key'] };
    expect(emitAt(undefined, finding, ['metadata'])[0]?.path).toEqual(['metadata', 2, 'key']);
    expect(emitAt(undefined, finding, [])[0]?.path).toBe(finding.path);
  });

  it('appends to the list it is given and returns that list', () => {
    const out = emitAt(undefined, { rule: 'parameter/type' }, []);
    expect(emitAt(out, { rule: 'parameter/required' }, ['InstanceId'])).toBe(out);
    expect(out.map(({ finding }) => finding.rule)).toEqual(['parameter/type', 'parameter/required']);
  });
});
