import type { VendorError } from '../../../errors/issue.ts';
import { ALIBABA_ERROR_CODES } from '../errorCodes.ts';

/**
 * Creates the vendor error of an Alibaba code, with the HTTP status the error table gives it (the table is
 * the one place a status is written).
 *
 * @param code The error code, e.g. `IncorrectInstanceStatus`.
 *
 * @returns The vendor error; without a status when the table lacks the code.
 */
export function alibabaError(code: string): VendorError {
  const status = ALIBABA_ERROR_CODES.find((entry) => entry.code === code)?.status;
  return status === undefined ? { code } : { code, status };
}
