import type { GuardOptions, PreflightOutcome } from '../../../guard/types.ts';
import type { TencentCvmClient, TencentResetRequest } from './types.ts';
import { preflightCall } from '../../../guard/preflightCall.ts';
import { settle } from '../../../guard/settle.ts';
import { describeTencent } from './describeTencent.ts';

/** A guarded client in dry-run mode: `ResetInstance` validates and resolves to the outcome, sending nothing. */
export type DryRunTencentClient<C extends TencentCvmClient> = Omit<C, 'ResetInstance'> & {
  /** Validates the request as `ResetInstance` would send it; sends nothing. */
  ResetInstance(request: TencentResetRequest<C>): Promise<PreflightOutcome>;
};

const bindAll = (target: object, value: unknown): unknown => (typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value);

/**
 * Wraps a `tencentcloud-sdk-nodejs-cvm` CVM client (v20170312 `Client`) so
 * that `ResetInstance` first validates its request as `validate('tencent.cvm.ResetInstance')`
 * would: a request with an error throws a {@link PreflightError} and is never
 * sent; one with warnings is sent and its warnings go to `onWarning` (or are
 * attached to the result, see `warningsOf`). Every other method is the client's own.
 * The SDK's callback, if given, is called as the SDK calls it (with the error on a refusal).
 *
 * @example
 * ```ts
 * import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
 * import { guard } from 'instance-preflight/guard/tencent';
 *
 * const cvm = guard(new tencentcloud.cvm.v20170312.Client({ credential: { secretId: '...', secretKey: '...' }, region: 'ap-guangzhou' }), {
 *   facts: 'describe',
 * });
 * await cvm.ResetInstance({ InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'short' } }); // throws PreflightError
 * ```
 *
 * @param client The SDK client.
 * @param options The OS, language, facts, dry run and warning callback.
 *
 * @returns The guarded client, typed as the SDK's own (a dry-run client's `ResetInstance` resolves to the outcome).
 */
export function guard<C extends TencentCvmClient>(client: C, options: GuardOptions<TencentResetRequest<C>> & { readonly dryRun: true }): DryRunTencentClient<C>;
export function guard<C extends TencentCvmClient>(client: C, options?: GuardOptions<TencentResetRequest<C>>): C;
export function guard<C extends TencentCvmClient>(client: C, options: GuardOptions<TencentResetRequest<C>> = {}): C | DryRunTencentClient<C> {
  const reset = async (request: TencentResetRequest<C>, cb?: (error: unknown, response: unknown) => void): Promise<unknown> => {
    let outcome: PreflightOutcome;
    try {
      outcome = await preflightCall('tencent.cvm.ResetInstance', request, request, options, () => describeTencent(client, request));
    } catch (error) {
      cb?.(error, null);
      throw error;
    }
    if (options.dryRun) return outcome;
    const send = (): Promise<unknown> => (cb === undefined ? client.ResetInstance(request) : client.ResetInstance(request, cb as never));
    return settle(outcome, options, send);
  };
  return new Proxy(client, {
    get: (target, property) => (property === 'ResetInstance' ? reset : bindAll(target, Reflect.get(target, property, target))),
  });
}
