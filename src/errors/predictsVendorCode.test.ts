import { describe, expect, it } from 'vitest';
import { predictsVendorCode } from './predictsVendorCode.ts';

describe('predictsVendorCode', () => {
  it('lets errors carry a vendor code', () => {
    expect(predictsVendorCode({})).toBe(true);
    expect(predictsVendorCode({ severity: 'error' })).toBe(true);
  });

  it('lets a warning carry one only where it is an error for one OS of two', () => {
    expect(predictsVendorCode({ severity: 'warning', demoted: true })).toBe(true);
    expect(predictsVendorCode({ severity: 'warning' })).toBe(false);
    expect(predictsVendorCode({ severity: 'info' })).toBe(false);
  });
});
