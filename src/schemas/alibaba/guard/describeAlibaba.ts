import type { Described } from '../../../guard/preflightCall.ts';
import type { DescribeFailure } from '../../../guard/types.ts';
import type { AlibabaDescribeRequest, AlibabaEcsClient } from './types.ts';
import type { Facts } from '../../../preflight/facts.ts';
import { alibabaImageFacts } from '../facts/alibabaImageFacts.ts';
import { alibabaInstanceFacts } from '../facts/alibabaInstanceFacts.ts';
import { alibabaSystemDiskFacts } from '../facts/alibabaSystemDiskFacts.ts';
import { ALIBABA_SYSTEM_DISK_TYPE } from '../facts/policies.ts';
import { askDescribe } from '../../../guard/askDescribe.ts';
import { givenId } from '../../../guard/givenId.ts';

/** A describe request as the SDK's models are: the fields, and the `validate()` the client calls before sending. */
const describeRequest = <T extends object>(fields: T): AlibabaDescribeRequest<T> => ({ ...fields, validate: () => undefined });

/**
 * Asks Alibaba Cloud ECS for the facts of a `ReplaceSystemDisk` request through the caller's own client,
 * in the client's region: `describeInstances` for `InstanceId`, `describeDisks` for its system disk, then
 * `describeImages` for `ImageId` (else the instance's current image), one call each. A call that fails or
 * finds nothing leaves its facts out.
 *
 * @param client The unguarded client.
 * @param payload The request's wire parameters (`InstanceId`, `ImageId`).
 *
 * @returns The facts and the failed calls.
 */
export async function describeAlibaba(client: AlibabaEcsClient, payload: Readonly<Record<string, unknown>>): Promise<Described> {
  const failures: DescribeFailure[] = [];
  const regionId = givenId(client._regionId);
  const instanceId = givenId(payload['InstanceId']);
  let instanceFacts: Facts['instance'];
  let imageId = givenId(payload['ImageId']);
  if (instanceId !== undefined) {
    const instance = await askDescribe(
      'describeInstances',
      () => client.describeInstances(describeRequest({ regionId, instanceIds: JSON.stringify([instanceId]) })),
      (response) => response.body?.instances?.instance?.[0],
      failures,
    );
    const disk = await askDescribe(
      'describeDisks',
      () => client.describeDisks(describeRequest({ regionId, instanceId, diskType: ALIBABA_SYSTEM_DISK_TYPE })),
      (response) => response.body?.disks?.disk?.find((item) => item.type === ALIBABA_SYSTEM_DISK_TYPE),
      failures,
    );
    imageId ??= givenId(instance?.imageId);
    const merged = { ...(instance === undefined ? {} : alibabaInstanceFacts(instance)), ...(disk === undefined ? {} : { systemDisk: alibabaSystemDiskFacts(disk) }) };
    if (Object.keys(merged).length > 0) instanceFacts = merged;
  }
  let imageFacts: Facts['image'];
  if (imageId !== undefined) {
    const image = await askDescribe('describeImages', () => client.describeImages(describeRequest({ regionId, imageId })), (response) => response.body?.images?.image?.[0], failures);
    if (image !== undefined) imageFacts = alibabaImageFacts(image);
  }
  return { facts: { ...(instanceFacts ? { instance: instanceFacts } : {}), ...(imageFacts ? { image: imageFacts } : {}) }, failures };
}
