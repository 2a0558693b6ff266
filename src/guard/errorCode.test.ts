import { describe, expect, it } from 'vitest';
import { errorCode } from './errorCode.ts';

describe('errorCode', () => {
  it("reads Tencent's code and JD's status string", () => {
    expect(errorCode(Object.assign(new Error('x'), { code: 'AuthFailure.SignatureFailure' }))).toBe('AuthFailure.SignatureFailure');
    expect(errorCode({ requestId: 'r', error: { code: 400, status: 'FAILED_PRECONDITION', message: 'Please stop the instance first.' } })).toBe('FAILED_PRECONDITION');
  });

  it('keeps no free text and reads nothing off a non-object', () => {
    expect(errorCode({ code: 'password Jd@1x is wrong' })).toBeUndefined();
    expect(errorCode(new Error('socket hang up'))).toBeUndefined();
    expect(errorCode('AuthFailure')).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
  });
});
