import type { Described } from '../../../guard/preflightCall.ts';
import type { DescribeFailure } from '../../../guard/types.ts';
import type { JdResponse, JdVmClient } from './types.ts';
import type { Facts } from '../../../preflight/facts.ts';
import { jdImageConstraintFacts } from '../facts/jdImageConstraintFacts.ts';
import { jdImageFacts } from '../facts/jdImageFacts.ts';
import { jdInstanceFacts } from '../facts/jdInstanceFacts.ts';
import { errorCode } from '../../../guard/errorCode.ts';

const id = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Calls one describe method; a rejection or an answer without the resource is a failure, recorded. */
async function ask<T, R extends object>(
  action: string,
  call: () => Promise<JdResponse<T>>,
  pick: (result: T) => R | null | undefined,
  failures: DescribeFailure[],
): Promise<R | undefined> {
  try {
    const response = await call();
    const found = typeof response.result === 'object' && response.result !== null ? pick(response.result) : undefined;
    if (typeof found === 'object' && found !== null) return found;
    failures.push({ action, reason: 'not-found' });
  } catch (error) {
    const code = errorCode(error);
    failures.push({ action, reason: 'error', ...(code ? { code } : {}) });
  }
  return undefined;
}

/**
 * Asks JD Cloud VM for the facts of a `rebuildInstance` request through the
 * caller's own client, in the request's region: `describeInstance`, then
 * `describeImage` and `describeImageConstraints` for `imageId` (else the
 * instance's current image), one call each. A call that fails or finds nothing leaves its facts out.
 *
 * @param client The unguarded client.
 * @param opts The `rebuildInstance` options.
 * @param regionId The region the rebuild goes to.
 *
 * @returns The facts and the failed calls.
 */
export async function describeJd(client: JdVmClient, opts: Record<string, unknown>, regionId: string | undefined): Promise<Described> {
  const failures: DescribeFailure[] = [];
  const instanceId = id(opts['instanceId']);
  const instance =
    instanceId === undefined ? undefined : await ask('describeInstance', () => client.describeInstance({ instanceId }, regionId), (result) => result.instance, failures);
  const instanceFacts = instance === undefined ? undefined : jdInstanceFacts(instance, regionId);
  const imageId = id(opts['imageId']) ?? id(instance?.imageId);
  let imageFacts: Facts['image'];
  if (imageId !== undefined) {
    const image = await ask('describeImage', () => client.describeImage({ imageId }, regionId), (result) => result.image, failures);
    const constraint = await ask('describeImageConstraints', () => client.describeImageConstraints({ imageId }, regionId), (result) => result.imageConstraints, failures);
    const merged = {
      ...(image === undefined ? {} : jdImageFacts(image)),
      ...(constraint === undefined ? {} : jdImageConstraintFacts(constraint, instanceFacts?.instanceType)),
    };
    if (Object.keys(merged).length > 0) imageFacts = merged;
  }
  return { facts: { ...(instanceFacts ? { instance: instanceFacts } : {}), ...(imageFacts ? { image: imageFacts } : {}) }, failures };
}
