/**
 * Gives the error code of a failed file operation (`ELOOP`, `EACCES`, ...): never the message, which quotes the path.
 *
 * @param error What the operation threw.
 *
 * @returns The code, or `unknown`.
 */
export function errorReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z0-9]{1,20}$/.test(code) ? code : 'unknown';
}
