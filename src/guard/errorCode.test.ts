import { describe, expect, it } from 'vitest';
import { errorCode } from './errorCode.ts';

describe('errorCode', () => {
  it("reads Tencent's code and JD's status string", () => {
    expect(errorCode(Object.assign(new Error('x'), { code: 'AuthFailure.SignatureFailure' }))).toBe('AuthFailure.SignatureFailure');
    expect(errorCode({ requestId: 'r', error: { code: 400, status: 'FAILED_PRECONDITION', message: 'Please stop the instance first.' } })).toBe('FAILED_PRECONDITION');
  });

  it("reads Huawei's errorCode, not its errorMsg", () => {
    expect(errorCode({ httpStatusCode: 404, errorCode: 'Ecs.0114', errorMsg: 'The ECS does not exist.', requestId: 'r' })).toBe('Ecs.0114');
    expect(errorCode({ httpStatusCode: 400, errorCode: 'password Cloud@1 is weak' })).toBeUndefined();
  });

  it('keeps no free text and reads nothing off a non-object', () => {
    expect(errorCode({ code: 'password Jd@1x is wrong' })).toBeUndefined();
    expect(errorCode(new Error('socket hang up'))).toBeUndefined();
    expect(errorCode('AuthFailure')).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
  });
});
