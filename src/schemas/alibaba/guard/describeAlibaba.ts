import type { Described } from '../../../guard/preflightCall.ts';
import type { DescribeFailure } from '../../../guard/types.ts';
import type { AlibabaDescribeRequest, AlibabaEcsClient, AlibabaResponse } from './types.ts';
import type { Facts } from '../../../preflight/facts.ts';
import { alibabaImageFacts } from '../facts/alibabaImageFacts.ts';
import { alibabaInstanceFacts } from '../facts/alibabaInstanceFacts.ts';
import { alibabaSystemDiskFacts } from '../facts/alibabaSystemDiskFacts.ts';
import { ALIBABA_SYSTEM_DISK_TYPE } from '../facts/policies.ts';
import { errorCode } from '../../../guard/errorCode.ts';

const id = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** A describe request as the SDK's models are: the fields, and the `validate()` the client calls before sending. */
const describeRequest = <T extends object>(fields: T): AlibabaDescribeRequest<T> => ({ ...fields, validate: () => undefined });

/** Calls one describe method; a rejection or an answer without the resource is a failure, recorded. */
async function ask<T, R extends object>(action: string, call: () => Promise<AlibabaResponse<T>>, pick: (body: T) => R | null | undefined, failures: DescribeFailure[]): Promise<R | undefined> {
  try {
    const response = await call();
    const found = typeof response.body === 'object' && response.body !== null ? pick(response.body) : undefined;
    if (typeof found === 'object' && found !== null) return found;
    failures.push({ action, reason: 'not-found' });
  } catch (error) {
    const code = errorCode(error);
    failures.push({ action, reason: 'error', ...(code ? { code } : {}) });
  }
  return undefined;
}

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
  const regionId = id(client._regionId);
  const instanceId = id(payload['InstanceId']);
  let instanceFacts: Facts['instance'];
  let imageId = id(payload['ImageId']);
  if (instanceId !== undefined) {
    const instance = await ask(
      'describeInstances',
      () => client.describeInstances(describeRequest({ regionId, instanceIds: JSON.stringify([instanceId]) })),
      (body) => body.instances?.instance?.[0],
      failures,
    );
    const disk = await ask(
      'describeDisks',
      () => client.describeDisks(describeRequest({ regionId, instanceId, diskType: ALIBABA_SYSTEM_DISK_TYPE })),
      (body) => body.disks?.disk?.find((item) => item.type === ALIBABA_SYSTEM_DISK_TYPE),
      failures,
    );
    imageId ??= id(instance?.imageId);
    const merged = { ...(instance === undefined ? {} : alibabaInstanceFacts(instance)), ...(disk === undefined ? {} : { systemDisk: alibabaSystemDiskFacts(disk) }) };
    if (Object.keys(merged).length > 0) instanceFacts = merged;
  }
  let imageFacts: Facts['image'];
  if (imageId !== undefined) {
    const image = await ask('describeImages', () => client.describeImages(describeRequest({ regionId, imageId })), (body) => body.images?.image?.[0], failures);
    if (image !== undefined) imageFacts = alibabaImageFacts(image);
  }
  return { facts: { ...(instanceFacts ? { instance: instanceFacts } : {}), ...(imageFacts ? { image: imageFacts } : {}) }, failures };
}
