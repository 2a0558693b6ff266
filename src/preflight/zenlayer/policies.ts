import type { VendorError } from '../../errors/issue.ts';

/** The state a ZEC instance resets from: powered off (docs/vendors/zenlayer.md#preconditions). */
export const ZENLAYER_RESET_STATE = 'STOPPED';

/** The image status a reset accepts; the others are `CREATING` and `UNAVAILABLE` (docs/vendors/zenlayer.md#preconditions). */
export const ZENLAYER_IMAGE_AVAILABLE = 'AVAILABLE';

const code = (name: string): VendorError => ({ code: name, status: 400 });

/** The precondition errors of the API page's table (docs/vendors/zenlayer.md#error-codes), all HTTP 400. */
export const ZENLAYER_PRECONDITION_ERRORS = {
  state: code('UNSUPPORTED_OPERATION_INSTANCE_STATUS'),
  size: code('INVALID_IMAGE_SIZE_EXCEED'),
  imageStatus: code('INVALID_IMAGE_STATUS'),
  osType: code('INVALID_OS_TYPE_NOT_SAME'),
  agent: code('INVALID_IMAGE_AGENT_NOT_SUPPORT'),
  password: code('INVALID_IMAGE_PASSWORD_NOT_SUPPORT'),
  keyPair: code('INVALID_IMAGE_KEY_PAIR_NOT_SUPPORT'),
} as const;
