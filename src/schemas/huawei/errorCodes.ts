import type { VendorError } from '../../errors/issue.ts';
import type { ErrorCodeEntry } from '../../engine/spec/errorCode.ts';

const common = (status: number, code: string, message: string, description: string): ErrorCodeEntry => ({
  code,
  status,
  message,
  description,
  source: 'common',
});

/**
 * The ECS error codes a reinstall or change OS can answer with, from Huawei's ECS error-code list (past
 * `Ecs.0003` read from the Open Telekom Cloud copy of the same topic: docs/vendors/huawei.md#error-codes). The
 * server answers `{ "error": { "code": "Ecs.NNNN", "message": ... } }`; the page warns that HTTP statuses may not
 * be accurate and some codes appear only in the asynchronous job's result.
 */
export const HUAWEI_ERROR_CODES: readonly ErrorCodeEntry[] = [
  common(400, 'Ecs.0000', 'Request error.', 'The request is malformed; check it against the API reference.'),
  common(400, 'Ecs.0002', 'System exception.', 'A system exception; retry later.'),
  common(403, 'Ecs.0003', 'No permission or insufficient balance.', 'The account lacks the permission, or its balance is insufficient.'),
  common(400, 'Ecs.0004', 'System exception.', 'A system exception; retry later.'),
  common(400, 'Ecs.0005', 'Invalid parameter values.', 'A parameter value is invalid: a malformed member, a conflict, a missing required member.'),
  common(400, 'Ecs.0011', 'Ensure the password meets the password complexity requirements.', 'The password does not meet the complexity requirements.'),
  common(400, 'Ecs.0031', 'The image does not exist.', 'The image of a change OS does not exist.'),
  common(400, 'Ecs.0032', 'The image is not active.', 'The image of a change OS is not in the active state.'),
  common(400, 'Ecs.0090', 'BYOL not supported.', 'The region does not support bringing your own licence.'),
  common(400, 'Ecs.0100', 'The ECS status does not meet requirements.', 'The ECS is in a state the operation does not start from.'),
  common(400, 'Ecs.0105', 'No system disk found.', 'The ECS has no system disk.'),
  common(404, 'Ecs.0114', 'The ECS does not exist.', 'No ECS of this id.'),
  common(400, 'Ecs.0314', 'The key pair does not exist.', 'The keyname names no key pair.'),
  common(400, 'Ecs.0605', 'ECS locked.', 'The ECS is locked.'),
  common(400, 'Ecs.0912', 'Invalid disk encryption key.', 'The system disk encryption key id is invalid.'),
];

/** 400 `Ecs.0005` "Invalid parameter values": a malformed member, a conflict, a missing required member (docs/vendors/huawei.md#error-codes). */
export const HUAWEI_INVALID_PARAMETER: VendorError = { code: 'Ecs.0005', status: 400 };

/** 400 `Ecs.0011`: the password does not meet the complexity requirements (docs/vendors/huawei.md#password). */
export const HUAWEI_INVALID_PASSWORD: VendorError = { code: 'Ecs.0011', status: 400 };

/** 400 `Ecs.0912` "Invalid disk encryption key" (docs/vendors/huawei.md#system-disk-encryption). */
export const HUAWEI_INVALID_CMK: VendorError = { code: 'Ecs.0912', status: 400 };
