import type { PathSegment } from '../../../errors/issue.ts';
import type { HuaweiBodyMember } from './huaweiBody.ts';
import { huaweiBody } from './huaweiBody.ts';
import { isPresent, own } from '../../../engine/spec/values.ts';

/**
 * Returns where a precondition about the image belongs: the body's `imageid` when the payload gives one (change
 * OS), else the request as a whole (a reinstall keeps the current image).
 *
 * @param payload The payload.
 * @param member The body member.
 *
 * @returns `[member, 'imageid']` or `[]`.
 */
export function imagePath(payload: Readonly<Record<string, unknown>>, member: HuaweiBodyMember): readonly PathSegment[] {
  return isPresent(own(huaweiBody(payload, member) ?? {}, 'imageid')) ? [member, 'imageid'] : [];
}
