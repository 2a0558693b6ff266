import { describe, expect, it } from 'vitest';
import { alibabaError } from './alibabaError.ts';

describe('alibabaError', () => {
  it("gives a code the error table's HTTP status", () => {
    expect(alibabaError('IncorrectInstanceStatus')).toEqual({ code: 'IncorrectInstanceStatus', status: 403 });
    expect(alibabaError('InvalidSystemDiskSize.LessThanImageSize')).toEqual({ code: 'InvalidSystemDiskSize.LessThanImageSize', status: 404 });
  });

  it('gives a code the table lacks no status', () => {
    expect(alibabaError('Throttling')).toEqual({ code: 'Throttling' });
  });
});
