import type { VendorError } from '../../../errors/issue.ts';

/** Which Tencent error table answers: API 3.0 (HTTP 200, detailed codes) or the legacy 2.0 page (six codes). */
export type TencentGeneration = 'api3' | 'api2';

/**
 * Creates the vendor error a Tencent generation answers with.
 *
 * @param generation The API generation.
 * @param api3 The API 3.0 code.
 * @param api2 The legacy code (the legacy page's six-code table).
 *
 * @returns The vendor error; API 3.0 answers every error with HTTP 200.
 */
export function tencentError(generation: TencentGeneration, api3: string, api2: string): VendorError {
  return generation === 'api3' ? { code: api3, status: 200 } : { code: api2 };
}
