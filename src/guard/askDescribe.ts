import { errorCode } from './errorCode.ts';
import type { DescribeFailure } from './types.ts';

/**
 * Calls one describe method of the caller's SDK client and picks the resource out of its response
 * (JD's `result`, Alibaba's `body`). A rejection, or an answer without the resource, is recorded
 * as a failure (with the vendor's error code where the error carries one) and leaves its facts out.
 *
 * @param action The describe action's name, for the failure.
 * @param call Sends the describe request.
 * @param pick Picks the resource out of the response.
 * @param failures Where a failure is recorded.
 *
 * @returns The resource, or `undefined` when the call failed or found nothing.
 */
export async function askDescribe<T extends object, R extends object>(
  action: string,
  call: () => Promise<T>,
  pick: (response: T) => R | null | undefined,
  failures: DescribeFailure[],
): Promise<R | undefined> {
  try {
    const response: unknown = await call();
    const found = typeof response === 'object' && response !== null ? pick(response as T) : undefined;
    if (typeof found === 'object' && found !== null) return found;
    failures.push({ action, reason: 'not-found' });
  } catch (error) {
    const code = errorCode(error);
    failures.push({ action, reason: 'error', ...(code ? { code } : {}) });
  }
  return undefined;
}
