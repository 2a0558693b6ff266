import type { PathSegment } from '../errors/issue.ts';
import { isPresent, own } from '../engine/spec/values.ts';

/**
 * Returns the path of a top-level parameter when the payload gives it, else
 * `[]`: a precondition about the image belongs to `ImageId` when the payload
 * names one, and to the request as a whole when it keeps the current image.
 *
 * @param payload The payload.
 * @param name The wire name.
 *
 * @returns `[name]` or `[]`.
 */
export function pathIfGiven(payload: Readonly<Record<string, unknown>>, name: string): readonly PathSegment[] {
  return isPresent(own(payload, name)) ? [name] : [];
}
