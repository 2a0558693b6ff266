import type { GuardOptions, PreflightOutcome } from '../../../guard/types.ts';
import type { AlibabaEcsClient, AlibabaReplaceRequest } from './types.ts';
import { preflightCall } from '../../../guard/preflightCall.ts';
import { settle } from '../../../guard/settle.ts';
import { describeAlibaba } from './describeAlibaba.ts';
import { wireParameters } from './wireParameters.ts';

/** A guarded client in dry-run mode: both replace methods validate and resolve to the outcome, sending nothing. */
export type DryRunAlibabaClient<C extends AlibabaEcsClient> = Omit<C, 'replaceSystemDisk' | 'replaceSystemDiskWithOptions'> & {
  /** Validates the request as `replaceSystemDisk` would send it; sends nothing. */
  replaceSystemDisk(request: AlibabaReplaceRequest<C>): Promise<PreflightOutcome>;
  /** Validates the request as `replaceSystemDiskWithOptions` would send it; sends nothing. */
  replaceSystemDiskWithOptions(request: AlibabaReplaceRequest<C>, runtime: Parameters<C['replaceSystemDiskWithOptions']>[1]): Promise<PreflightOutcome>;
};

const GUARDED = new Set<PropertyKey>(['replaceSystemDisk', 'replaceSystemDiskWithOptions']);

const bindAll = (target: object, value: unknown): unknown => (typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value);

/**
 * Wraps an `@alicloud/ecs20140526` ECS client so that `replaceSystemDisk(request)` and
 * `replaceSystemDiskWithOptions(request, runtime)` first validate the request as the SDK would put it on
 * the wire (its wire parameters, flattened and written as text), as
 * `validate('alibaba.ecs.ReplaceSystemDisk', ..., { encoding: 'query' })` would: a request with an error
 * throws a {@link PreflightError} and is never sent; one with warnings is sent and its warnings go to
 * `onWarning` (or are attached to the result, see `warningsOf`). Every other method is the client's own.
 *
 * @example
 * ```ts
 * import Ecs, { ReplaceSystemDiskRequest } from '@alicloud/ecs20140526';
 * import { guard } from 'instance-preflight/guard/alibaba';
 *
 * const ecs = guard(new Ecs({ accessKeyId: '...', accessKeySecret: '...', regionId: 'cn-hangzhou', endpoint: 'ecs.cn-hangzhou.aliyuncs.com' }), { facts: 'describe' });
 * await ecs.replaceSystemDisk(new ReplaceSystemDiskRequest({ instanceId: 'i-bp67acfmxazb4ph1qxyz', imageId: 'm-bp67acfmxazb4ph1abcd', password: 'short' })); // throws PreflightError
 * ```
 *
 * @param client The SDK client.
 * @param options The OS, language, facts, dry run and warning callback.
 *
 * @returns The guarded client, typed as the SDK's own (a dry-run client's replace methods resolve to the outcome).
 */
export function guard<C extends AlibabaEcsClient>(client: C, options: GuardOptions<AlibabaReplaceRequest<C>> & { readonly dryRun: true }): DryRunAlibabaClient<C>;
export function guard<C extends AlibabaEcsClient>(client: C, options?: GuardOptions<AlibabaReplaceRequest<C>>): C;
export function guard<C extends AlibabaEcsClient>(client: C, options: GuardOptions<AlibabaReplaceRequest<C>> = {}): C | DryRunAlibabaClient<C> {
  const replace =
    (method: 'replaceSystemDisk' | 'replaceSystemDiskWithOptions') =>
    async (...args: unknown[]): Promise<unknown> => {
      const request = args[0] as AlibabaReplaceRequest<C>;
      const payload = wireParameters(request);
      const outcome = await preflightCall('alibaba.ecs.ReplaceSystemDisk', payload, request, options, () => describeAlibaba(client, payload), 'query');
      if (options.dryRun) return outcome;
      return settle(outcome, options, () => (client[method] as (...all: unknown[]) => Promise<unknown>)(...args));
    };
  const methods = { replaceSystemDisk: replace('replaceSystemDisk'), replaceSystemDiskWithOptions: replace('replaceSystemDiskWithOptions') };
  return new Proxy(client, {
    get: (target, property) => (GUARDED.has(property) ? methods[property as keyof typeof methods] : bindAll(target, Reflect.get(target, property, target))),
  });
}
