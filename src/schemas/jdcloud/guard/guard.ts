import type { GuardOptions, PreflightOutcome } from '../../../guard/types.ts';
import type { JdRebuildOptions, JdVmClient } from './types.ts';
import { preflightCall } from '../../../guard/preflightCall.ts';
import { settle } from '../../../guard/settle.ts';
import { describeJd } from './describeJd.ts';

/** A guarded client in dry-run mode: `rebuildInstance` validates and resolves to the outcome, sending nothing. */
export type DryRunJdClient<C extends JdVmClient> = Omit<C, 'rebuildInstance'> & {
  /** Validates the request as `rebuildInstance` would send it; sends nothing. */
  rebuildInstance(opts: JdRebuildOptions<C>, regionId?: string): Promise<PreflightOutcome>;
};

const bindAll = (target: object, value: unknown): unknown => (typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value);

/** The SDK's own header option: not a parameter of the API, so not validated. */
const EXTRA_HEADER = 'x-extra-header';

/**
 * Wraps a `jdcloud-sdk-js` VM client so that `rebuildInstance(opts, regionId?, callback?)` first validates
 * the request as `validate('jdcloud.vm.rebuildInstance')` would, with `regionId` (the argument, else the
 * client's `config.regionId`) beside `opts`: a request with an error throws a {@link PreflightError} and is
 * never sent; one with warnings is sent and its warnings go to `onWarning` (or are attached to the result,
 * see `warningsOf`). Every other method is the client's own. With a callback, a refusal is passed to it
 * as the SDK passes its own errors (and the returned promise resolves to the callback's value).
 *
 * @example
 * ```ts
 * import { createRequire } from 'node:module';
 * import { guard } from 'instance-preflight/guard/jdcloud';
 *
 * const VM = createRequire(import.meta.url)('jdcloud-sdk-js/src/repo/vm/v1/vm.js');
 * const vm = guard(new VM({ credentials: { accessKeyId: '...', secretAccessKey: '...' }, regionId: 'cn-north-1' }), { facts: 'describe' });
 * await vm.rebuildInstance({ instanceId: 'i-eumm1234d6', password: 'short' }); // throws PreflightError
 * ```
 *
 * @param client The SDK client.
 * @param options The OS, language, facts, dry run and warning callback.
 *
 * @returns The guarded client, typed as the given one (a dry-run client's `rebuildInstance` resolves to the outcome).
 */
export function guard<C extends JdVmClient>(client: C, options: GuardOptions<JdRebuildOptions<C>> & { readonly dryRun: true }): DryRunJdClient<C>;
export function guard<C extends JdVmClient>(client: C, options?: GuardOptions<JdRebuildOptions<C>>): C;
export function guard<C extends JdVmClient>(client: C, options: GuardOptions<JdRebuildOptions<C>> = {}): C | DryRunJdClient<C> {
  const rebuild = async (...args: unknown[]): Promise<unknown> => {
    const [opts, second, third] = args;
    const callback = typeof second === 'function' ? second : typeof third === 'function' ? third : undefined;
    const regionId = typeof second === 'string' ? second : client.config?.regionId;
    const given = typeof opts === 'object' && opts !== null ? (opts as Record<string, unknown>) : {};
    const payload = Object.fromEntries([['regionId', regionId], ...Object.entries(given).filter(([key]) => key !== EXTRA_HEADER)]);
    let outcome: PreflightOutcome;
    try {
      outcome = await preflightCall('jdcloud.vm.rebuildInstance', payload, opts as JdRebuildOptions<C>, options, () => describeJd(client, given, regionId));
    } catch (error) {
      if (callback) return (callback as (error: unknown) => unknown)(error);
      throw error;
    }
    if (options.dryRun) return outcome;
    return settle(outcome, options, () => (client.rebuildInstance as (...all: unknown[]) => Promise<unknown>)(...args));
  };
  return new Proxy(client, {
    get: (target, property) => (property === 'rebuildInstance' ? rebuild : bindAll(target, Reflect.get(target, property, target))),
  });
}
