import { describe, expect, it } from 'vitest';
import { osOfOsName } from './osOfOsName.ts';

describe('osOfOsName', () => {
  it('reads the longest platform name the OsName starts with, as a whole word', () => {
    expect(osOfOsName('CentOS Stream 9 64位')).toBe('linux');
    expect(osOfOsName('Windows Server 2022 数据中心版 64位中文版')).toBe('windows');
    expect(osOfOsName('Ubuntu')).toBe('linux');
  });

  it('gives no OS for an unknown platform, a run-on word or a non-string', () => {
    expect(osOfOsName('FreeBSD 12.3 64位')).toBeUndefined();
    expect(osOfOsName('CentOSX 7')).toBeUndefined();
    expect(osOfOsName(undefined)).toBeUndefined();
  });
});
