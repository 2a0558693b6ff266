import type { VendorError } from '../../errors/issue.ts';
import type { ErrorCodeEntry } from '../../engine/spec/errorCode.ts';

const seed = (status: number, code: string, description: string): ErrorCodeEntry => ({ code, status, description, source: 'seed' });

/**
 * Zenlayer ZEC `ResetInstance` error codes: the API page's table with HTTP
 * statuses (docs/vendors/zenlayer.md#error-codes). The server answers `{ code, message }`
 * with the HTTP status. Common error codes live on a page not captured here.
 */
export const ZENLAYER_ERROR_CODES: readonly ErrorCodeEntry[] = [
  seed(400, 'INVALID_IMAGE_AGENT_NOT_SUPPORT', 'QGA is not supported for the selected image.'),
  seed(400, 'INVALID_IMAGE_KEY_PAIR_NOT_SUPPORT', 'The image does not support SSH key pairs.'),
  seed(404, 'INVALID_IMAGE_NOT_FOUND', 'Image not found.'),
  seed(400, 'INVALID_IMAGE_PASSWORD_NOT_SUPPORT', 'The operating system does not support the specified password.'),
  seed(400, 'INVALID_IMAGE_SIZE_EXCEED', 'Boot disk size should be larger than the image size.'),
  seed(400, 'INVALID_IMAGE_STATUS', "The image's state does not support this operation."),
  seed(400, 'INVALID_OS_TYPE_NOT_SAME', 'Operating system types are inconsistent, operation not allowed.'),
  seed(400, 'INVALID_PARAMETER_USER_DATA_EXCEED', 'Initialization command exceeds length limit.'),
  seed(404, 'INVALID_INSTANCE_NOT_FOUND', 'Instance not found.'),
  seed(404, 'INVALID_KEY_PAIR_NOT_FOUND', 'SSH key pair does not exist.'),
  seed(400, 'INVALID_KEY_PAIR_NOT_SUPPORT', 'Unsupported SSH key pair exists.'),
  seed(400, 'INVALID_LOGIN_SETTING_CONFLICT', 'You must and can only pass the value of either password or keyId.'),
  seed(400, 'INVALID_PASSWORD_MALFORMED', 'Password format error.'),
  seed(400, 'UNSUPPORTED_OPERATION_INSTANCE_STATUS', 'Operations on instances in current state are not supported.'),
];

const code = (name: string): VendorError => ({ code: name, status: 400 });

/** A malformed password (docs/vendors/zenlayer.md#password). */
export const ZENLAYER_PASSWORD_MALFORMED = code('INVALID_PASSWORD_MALFORMED');
/** Both or neither of `password` / `keyId` where exactly one is required (docs/vendors/zenlayer.md#credentials). */
export const ZENLAYER_LOGIN_SETTING_CONFLICT = code('INVALID_LOGIN_SETTING_CONFLICT');
/** A password for an image that takes none (Windows, Generic) (docs/vendors/zenlayer.md#credentials). */
export const ZENLAYER_PASSWORD_NOT_SUPPORTED = code('INVALID_IMAGE_PASSWORD_NOT_SUPPORT');
/** A key pair for an image that takes none (Windows, Generic) (docs/vendors/zenlayer.md#credentials). */
export const ZENLAYER_KEY_PAIR_NOT_SUPPORTED = code('INVALID_IMAGE_KEY_PAIR_NOT_SUPPORT');
