import { isPlainObject, own } from '../../../engine/spec/values.ts';

/** The top-level member that holds the body: `os-reinstall` (reinstall) or `os-change` (change OS). */
export type HuaweiBodyMember = 'os-reinstall' | 'os-change';

/**
 * Reads the body object of a Huawei reinstall or change-OS payload.
 *
 * @param payload The payload (`project_id`, `server_id` and the body member).
 * @param member The body member.
 *
 * @returns The body, or `undefined` when the member is no object.
 */
export function huaweiBody(payload: Readonly<Record<string, unknown>>, member: HuaweiBodyMember): Readonly<Record<string, unknown>> | undefined {
  const body = own(payload, member);
  return isPlainObject(body) ? body : undefined;
}
