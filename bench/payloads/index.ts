import type { ApiPayloads } from './types.ts';
import { TENCENT, TENCENT_API2 } from './tencent.ts';

/**
 * The benchmark payloads of every API id. The benchmark iterates `apis` and fails on an id
 * without an entry here, so a newly registered API cannot silently go unmeasured.
 */
export const PAYLOADS: Readonly<Record<string, ApiPayloads>> = {
  'tencent.cvm.ResetInstance': TENCENT,
  'tencent.cvm.ResetInstance@api2': TENCENT_API2,
};
