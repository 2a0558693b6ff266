/** A vendor error code: identifier-shaped and short, so no free text of an error (which could echo a request) is kept. */
const CODE = /^[A-Za-z][\w.-]{0,99}$/;

/**
 * Reads the vendor's error code off an SDK error: Tencent's
 * `TencentCloudSDKHttpException.code`; JD's rejected body `{ error: { code, status } }`,
 * whose `status` is the code (`FAILED_PRECONDITION`) and `code` the HTTP status; Huawei's
 * `ServiceResponseException.errorCode` (`Ecs.0114`).
 *
 * @param error What the SDK threw or rejected with.
 *
 * @returns The code, or `undefined` when it carries none of that shape.
 */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const own = (error as { code?: unknown }).code;
  const nested = (error as { error?: { status?: unknown } }).error?.status;
  const named = (error as { errorCode?: unknown }).errorCode;
  const code = typeof own === 'string' ? own : typeof named === 'string' ? named : nested;
  return typeof code === 'string' && CODE.test(code) ? code : undefined;
}
