import type { PreflightRule } from '../../../preflight/types.ts';
import { checkJdDiskSize } from './checkJdDiskSize.ts';
import { checkJdDiskType } from './checkJdDiskType.ts';
import { checkJdEncryption } from './checkJdEncryption.ts';
import { checkJdInstanceState } from './checkJdInstanceState.ts';
import { checkJdInstanceType } from './checkJdInstanceType.ts';

/**
 * The preflight rules of JD `rebuildInstance`, in the order their findings are
 * reported. JD "1.0.3" calls the same `/v1/` endpoint (docs/vendors/jdcloud.md#wire-format),
 * so the server's preconditions are the same though that page omits some of them.
 */
export const JD_PREFLIGHT: readonly PreflightRule[] = [checkJdInstanceState, checkJdDiskType, checkJdInstanceType, checkJdDiskSize, checkJdEncryption];
