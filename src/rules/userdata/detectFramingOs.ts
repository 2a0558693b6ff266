import type { Os } from '../finding.ts';
import { checkFraming } from './checkFraming.ts';
import type { FramingPolicy } from './types.ts';

/**
 * Detects the OS a user-data script is framed for, so a tool can use it as a hint when the target OS is unknown.
 * A disputed shebang counts as Linux framing: it only warns.
 *
 * @param policy The framing policy.
 * @param text The decoded script, as text or as a binary (latin1) string.
 *
 * @returns The OS, or `undefined` when the script is framed for neither.
 */
export function detectFramingOs(policy: FramingPolicy, text: string): Os | undefined {
  if (checkFraming(policy, 'linux', text).every((finding) => finding.severity === 'warning')) return 'linux';
  return checkFraming(policy, 'windows', text).length === 0 ? 'windows' : undefined;
}
