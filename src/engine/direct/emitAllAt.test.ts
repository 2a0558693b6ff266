import { describe, expect, it } from 'vitest';
import { emitAllAt } from './emitAllAt.ts';

describe('emitAllAt', () => {
  it('returns the list it was given when there are no findings (no list on the valid path)', () => {
    expect(emitAllAt(undefined, [], ['HostName'])).toBeUndefined();
  });

  it('adds each finding in order at the value path', () => {
    const out = emitAllAt(undefined, [{ rule: 'hostname/length' }, { rule: 'hostname/charset', path: [0] }], ['HostName']);
    expect(out).toEqual([
      { finding: { rule: 'hostname/length' }, path: ['HostName'] },
      { finding: { rule: 'hostname/charset', path: [0] }, path: ['HostName', 0] },
    ]);
  });
});
