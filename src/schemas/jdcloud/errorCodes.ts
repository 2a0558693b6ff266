import type { VendorError } from '../../errors/issue.ts';
import type { ErrorCodeEntry } from '../../engine/spec/errorCode.ts';

const seed = (status: number, code: string, message: string, description: string): ErrorCodeEntry => ({
  code,
  status,
  message,
  description,
  source: 'seed',
});

/**
 * JD `rebuildInstance` v1 error codes: the API page's table, which no other
 * public JD source carries (docs/vendors/jdcloud.md#error-codes). The server answers `{ error: { code: <HTTP status>,
 * status, message } }`; `code` here is that `status`. The 404 +
 * `FAILED_PRECONDITION` pairing is copied as the vendor prints it.
 */
export const JD_ERROR_CODES: readonly ErrorCodeEntry[] = [
  seed(400, 'INVALID_ARGUMENT', 'Invalid password', 'The password does not meet the rules.'),
  seed(400, 'FAILED_PRECONDITION', "Conflict with underlay task 'xx'", 'Another task is running on the instance; retry later.'),
  seed(400, 'FAILED_PRECONDITION', "Invalid instance status 'xx'", 'Wrong instance status.'),
  seed(404, 'NOT_FOUND', 'System disk not found', 'The instance has no system disk attached.'),
  seed(404, 'FAILED_PRECONDITION', 'Invalid system disk mount state', 'The system disk attachment state is abnormal.'),
  seed(400, 'FAILED_PRECONDITION', 'Please stop the instance first.', 'The instance must be stopped.'),
  seed(400, 'FAILED_PRECONDITION', 'Image constraints. Only support cloud system disk', 'A local-system-disk instance was given a cloud-disk image.'),
  seed(400, 'FAILED_PRECONDITION', 'Image constraints. Only support local system disk', 'A cloud-system-disk instance was given a local-disk image.'),
  seed(400, 'FAILED_PRECONDITION', "Image constraints. Doesn't support instanceType 'xx'", 'The image does not support the instance type.'),
  seed(400, 'FAILED_PRECONDITION', 'The image is not consistent with the system disk encryption properties.', 'The image and the cloud system disk differ in encryption.'),
  seed(400, 'FAILED_PRECONDITION', 'instanceType is not supported when using xx.', 'The instance type is not supported in this scenario.'),
  seed(400, 'OUT_OF_RANGE', 'NewSysDiskSizeGB out of range. Less than the image system disk capacity.', 'The system disk is smaller than the image system disk.'),
  seed(404, 'NOT_FOUND', "Instance 'xx' not found.", 'No such instance.'),
  seed(404, 'NOT_FOUND', "Keypair 'xx' not found", 'No such key pair (keyNames names an unknown key).'),
  seed(500, 'INTERNAL', 'Internal server error', 'Internal error; retry, then open a ticket.'),
  seed(500, 'UNKNOWN', 'Unknown server error', 'Service temporarily unavailable; retry, then open a ticket.'),
];

/**
 * JD `rebuildInstance` "1.0.3" doc error codes: a generic table of HTTP
 * statuses with no `status` strings (docs/vendors/jdcloud.md#the-103-document), so `code` is the HTTP status.
 * The request goes to the same `/v1/` endpoint (docs/vendors/jdcloud.md#wire-format), so the server's
 * detailed answers are those of {@link JD_ERROR_CODES}.
 */
export const JD_103_ERROR_CODES: readonly ErrorCodeEntry[] = [
  { code: '400', status: 400, description: 'Invalid parameter', source: 'seed' },
  { code: '401', status: 401, description: 'Authentication failed', source: 'seed' },
  { code: '404', status: 404, description: 'Not Found', source: 'seed' },
  { code: '500', status: 500, description: 'Internal server error', source: 'seed' },
  { code: '503', status: 503, description: 'Service unavailable', source: 'seed' },
];

/** What the server answers for a password that breaks the rules: 400 `INVALID_ARGUMENT` `Invalid password` (docs/vendors/jdcloud.md#password). */
export const JD_INVALID_PASSWORD: VendorError = { code: 'INVALID_ARGUMENT', status: 400 };

/**
 * What the server presumably answers for any other invalid value: the API page
 * documents 400 `INVALID_ARGUMENT` for passwords only; hostname, metadata,
 * userdata, keyNames count and enum violations are undocumented, and JD's
 * generic 400 for a bad value is presumably the same (docs/vendors/jdcloud.md#parameters).
 */
export const JD_INVALID_ARGUMENT_PRESUMED: VendorError = { code: 'INVALID_ARGUMENT', status: 400 };
