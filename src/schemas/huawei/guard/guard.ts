import type { GuardOptions, PreflightOutcome } from '../../../guard/types.ts';
import type { HuaweiEcsClient, HuaweiGuardedMethod, HuaweiOsRequest } from './types.ts';
import { preflightCall } from '../../../guard/preflightCall.ts';
import { settle } from '../../../guard/settle.ts';
import { describeHuawei } from './describeHuawei.ts';
import { HUAWEI_OPERATIONS } from './huaweiOperations.ts';
import { huaweiPayload } from './huaweiPayload.ts';
import { projectIdOf } from './projectIdOf.ts';

/** A guarded client in dry-run mode: each reinstall / change-OS method validates and resolves to the outcome, sending nothing. */
export type DryRunHuaweiClient<C extends HuaweiEcsClient> = Omit<C, HuaweiGuardedMethod> & {
  readonly [M in HuaweiGuardedMethod]: (request: Parameters<C[M]>[0]) => Promise<PreflightOutcome>;
};

const bindAll = (target: object, value: unknown): unknown => (typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value);

const isGuarded = (property: string | symbol): property is HuaweiGuardedMethod => typeof property === 'string' && Object.hasOwn(HUAWEI_OPERATIONS, property);

/**
 * Wraps a `@huaweicloud/huaweicloud-sdk-ecs` `EcsClient` so that `reinstallServerWithCloudInit`,
 * `changeServerOsWithCloudInit` and their v1 `...WithoutCloudInit` siblings first validate the request as
 * `validate('huawei.ecs.<Operation>')` would: the body as the SDK serializes it, with `server_id` from the
 * request and `project_id` from the client's credential beside it. A request with an error throws a
 * {@link PreflightError} and is never sent; one with warnings is sent and its warnings go to `onWarning` (or
 * are attached to the result, see `warningsOf`). Every other method is the client's own.
 *
 * @example
 * ```ts
 * import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
 * import * as ecs from '@huaweicloud/huaweicloud-sdk-ecs';
 * import { guard } from 'instance-preflight/guard/huawei';
 *
 * const credentials = new BasicCredentials().withAk('...').withSk('...').withProjectId('...');
 * const client = guard(ecs.EcsClient.newBuilder().withCredential(credentials).withEndpoint('https://ecs.cn-north-4.myhuaweicloud.com').build());
 * const option = new ecs.ReinstallServerWithCloudInitOption().withAdminpass('short');
 * await client.reinstallServerWithCloudInit(new ecs.ReinstallServerWithCloudInitRequest('...').withBody(new ecs.ReinstallServerWithCloudInitRequestBody(option))); // throws PreflightError
 * ```
 *
 * @param client The SDK client.
 * @param options The OS, language, facts, dry run and warning callback.
 *
 * @returns The guarded client, typed as the given one (a dry-run client's guarded methods resolve to the outcome).
 */
export function guard<C extends HuaweiEcsClient>(client: C, options: GuardOptions<HuaweiOsRequest<C>> & { readonly dryRun: true }): DryRunHuaweiClient<C>;
export function guard<C extends HuaweiEcsClient>(client: C, options?: GuardOptions<HuaweiOsRequest<C>>): C;
export function guard<C extends HuaweiEcsClient>(client: C, options: GuardOptions<HuaweiOsRequest<C>> = {}): C | DryRunHuaweiClient<C> {
  const wrap = (method: HuaweiGuardedMethod) => async (request: HuaweiOsRequest<C>): Promise<unknown> => {
    const { api, member } = HUAWEI_OPERATIONS[method];
    const payload = huaweiPayload(request, await projectIdOf(client));
    const outcome = await preflightCall(api, payload, request, options, () => describeHuawei(client, member, payload));
    if (options.dryRun) return outcome;
    return settle(outcome, options, () => (client[method] as (given: unknown) => Promise<unknown>)(request));
  };
  return new Proxy(client, {
    get: (target, property) => (isGuarded(property) ? wrap(property) : bindAll(target, Reflect.get(target, property, target))),
  });
}
