import type { Described } from '../../../guard/preflightCall.ts';
import type { DescribeFailure } from '../../../guard/types.ts';
import type { JdVmClient } from './types.ts';
import type { Facts } from '../../../preflight/facts.ts';
import { jdImageConstraintFacts } from '../facts/jdImageConstraintFacts.ts';
import { jdImageFacts } from '../facts/jdImageFacts.ts';
import { jdInstanceFacts } from '../facts/jdInstanceFacts.ts';
import { askDescribe } from '../../../guard/askDescribe.ts';
import { givenId } from '../../../guard/givenId.ts';

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
  const instanceId = givenId(opts['instanceId']);
  const instance =
    instanceId === undefined ? undefined : await askDescribe('describeInstance', () => client.describeInstance({ instanceId }, regionId), (response) => response.result?.instance, failures);
  const instanceFacts = instance === undefined ? undefined : jdInstanceFacts(instance, regionId);
  const imageId = givenId(opts['imageId']) ?? givenId(instance?.imageId);
  let imageFacts: Facts['image'];
  if (imageId !== undefined) {
    const image = await askDescribe('describeImage', () => client.describeImage({ imageId }, regionId), (response) => response.result?.image, failures);
    const constraint = await askDescribe('describeImageConstraints', () => client.describeImageConstraints({ imageId }, regionId), (response) => response.result?.imageConstraints, failures);
    const merged = {
      ...(image === undefined ? {} : jdImageFacts(image)),
      ...(constraint === undefined ? {} : jdImageConstraintFacts(constraint, instanceFacts?.instanceType)),
    };
    if (Object.keys(merged).length > 0) imageFacts = merged;
  }
  return { facts: { ...(instanceFacts ? { instance: instanceFacts } : {}), ...(imageFacts ? { image: imageFacts } : {}) }, failures };
}
