import { describe, expect, it } from 'vitest';
import { diskFacts } from './diskFacts.ts';

describe('diskFacts', () => {
  it('reads the part the category names', () => {
    expect(diskFacts({ diskCategory: 'cloud', cloudDisk: { diskType: 'ssd.gp1', diskSizeGB: 40, encrypted: true }, localDisk: { diskSizeGB: 1 } })).toEqual({
      category: 'cloud',
      type: 'ssd.gp1',
      sizeGB: 40,
      encrypted: true,
    });
    expect(diskFacts({ diskCategory: 'local', localDisk: { diskType: 'ssd', diskSizeGB: 40 } })).toEqual({ category: 'local', type: 'ssd', sizeGB: 40 });
  });

  it('says nothing for an absent attachment or an unknown category', () => {
    expect(diskFacts(undefined)).toBeUndefined();
    expect(diskFacts(null)).toBeUndefined();
    expect(diskFacts({ diskCategory: 'nvme', cloudDisk: { diskSizeGB: 9 } })).toBeUndefined();
  });
});
