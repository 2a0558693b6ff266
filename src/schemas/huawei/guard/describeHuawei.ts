import type { Described } from '../../../guard/preflightCall.ts';
import type { DescribeFailure } from '../../../guard/types.ts';
import type { Facts } from '../../../preflight/facts.ts';
import type { HuaweiBodyMember } from '../preflight/huaweiBody.ts';
import type { HuaweiEcsClient } from './types.ts';
import { errorCode } from '../../../guard/errorCode.ts';
import { huaweiServerFacts } from '../facts/huaweiServerFacts.ts';

/**
 * Asks Huawei ECS for the facts of a reinstall or change OS through the caller's own client: `showServer` for
 * `server_id`, one call. A reinstall keeps the current image, so the server's OS is also the image's; the new
 * image of a change OS is an IMS resource, which this client cannot describe (pass its facts with
 * `huaweiImageFacts` through a `facts` function). A call that fails or finds nothing leaves its facts out.
 *
 * @param client The unguarded client.
 * @param member The body member (`os-reinstall` or `os-change`).
 * @param payload The payload, with `server_id`.
 *
 * @returns The facts and the failed calls.
 */
export async function describeHuawei(client: HuaweiEcsClient, member: HuaweiBodyMember, payload: Readonly<Record<string, unknown>>): Promise<Described> {
  const failures: DescribeFailure[] = [];
  const serverId = payload['server_id'];
  if (typeof serverId !== 'string' || serverId === '') return { facts: {}, failures };
  try {
    // The SDK takes a plain object with the wire-named member as it takes its ShowServerRequest.
    const server = (await client.showServer({ server_id: serverId } as never))?.server;
    if (typeof server === 'object' && server !== null) {
      const instance = huaweiServerFacts(server);
      const facts: Facts = { instance, ...(member === 'os-reinstall' && instance.os !== undefined ? { image: { os: instance.os } } : {}) };
      return { facts, failures };
    }
    failures.push({ action: 'showServer', reason: 'not-found' });
  } catch (error) {
    const code = errorCode(error);
    failures.push({ action: 'showServer', reason: 'error', ...(code ? { code } : {}) });
  }
  return { facts: {}, failures };
}
