import type { PreflightRule } from '../../../preflight/types.ts';
import { checkZenlayerImage } from './checkZenlayerImage.ts';
import { checkZenlayerInstanceState } from './checkZenlayerInstanceState.ts';
import { checkZenlayerLogin } from './checkZenlayerLogin.ts';

/** The preflight rules of Zenlayer `ResetInstance`, in the order their findings are reported. */
export const ZENLAYER_PREFLIGHT: readonly PreflightRule[] = [checkZenlayerInstanceState, checkZenlayerImage, checkZenlayerLogin];
