import type { Described } from '../../../guard/preflightCall.ts';
import type { DescribeFailure } from '../../../guard/types.ts';
import type { TencentCvmClient } from './types.ts';
import type { Facts } from '../../../preflight/facts.ts';
import { tencentImageFacts } from '../facts/tencentImageFacts.ts';
import { tencentInstanceFacts } from '../facts/tencentInstanceFacts.ts';
import { errorCode } from '../../../guard/errorCode.ts';
import { givenId } from '../../../guard/givenId.ts';

/**
 * Asks Tencent CVM for the facts of a `ResetInstance` request through the
 * caller's own client: `DescribeInstances` for `InstanceId`, then
 * `DescribeImages` for `ImageId` (else the instance's current image), one call
 * each. A call that fails or finds nothing leaves its facts out.
 *
 * @param client The unguarded client.
 * @param request The `ResetInstance` request.
 *
 * @returns The facts and the failed calls.
 */
export async function describeTencent(client: TencentCvmClient, request: unknown): Promise<Described> {
  const given = typeof request === 'object' && request !== null ? (request as Record<string, unknown>) : {};
  const failures: DescribeFailure[] = [];
  const facts: { -readonly [K in keyof Facts]: Facts[K] } = {};
  const instanceId = givenId(given['InstanceId']);
  let imageId = givenId(given['ImageId']);
  if (instanceId !== undefined) {
    try {
      const instance = (await client.DescribeInstances({ InstanceIds: [instanceId] })).InstanceSet?.[0];
      if (instance) {
        facts.instance = tencentInstanceFacts(instance);
        imageId ??= givenId(instance.ImageId);
      } else failures.push({ action: 'DescribeInstances', reason: 'not-found' });
    } catch (error) {
      const code = errorCode(error);
      failures.push({ action: 'DescribeInstances', reason: 'error', ...(code ? { code } : {}) });
    }
  }
  if (imageId !== undefined) {
    try {
      const image = (await client.DescribeImages({ ImageIds: [imageId] })).ImageSet?.[0];
      if (image) facts.image = tencentImageFacts(image);
      else failures.push({ action: 'DescribeImages', reason: 'not-found' });
    } catch (error) {
      const code = errorCode(error);
      failures.push({ action: 'DescribeImages', reason: 'error', ...(code ? { code } : {}) });
    }
  }
  return { facts, failures };
}
