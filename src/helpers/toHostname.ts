import type { HostnameProfile } from '../rules/hostname/index.ts';
import type { HelperTarget } from './types.ts';
import { profileOf } from './profiles.ts';
import { checkTarget } from './checkTarget.ts';
import { expectArgument } from './expectArgument.ts';

/** Why no hostname could be made. */
export type HostnameFailure = 'no-hostname-parameter' | 'no-usable-characters' | 'too-short';

/** Hostname result: the hostname, or why none valid can be made from the name. */
export type HostnameResult =
  | {
      /** A hostname could be made. */
      readonly ok: true;
      /** The hostname, valid for the API and OS. */
      readonly hostname: string;
    }
  | {
      /** No valid hostname can be made from the name. */
      readonly ok: false;
      /** Why not. */
      readonly reason: HostnameFailure;
    };

/** Prepended to an all-digit name where the OS forbids one (Windows): a letter is required, and this says what it is. */
const ALL_DIGITS_PREFIX = 'host-';

const isDigits = (value: string): boolean => /^\d+$/.test(value);

const isSeparator = (char: string): boolean => char === '-' || char === '.';

/** Keeps ASCII letters (lowercased) and digits; dots stay where labels are allowed; anything else becomes `-`. */
function replaceDisallowed(name: string, allowDots: boolean): string {
  let out = '';
  for (const char of name) {
    if (/^[a-z\d]$/i.test(char)) out += char.toLowerCase();
    else out += char === '.' && allowDots ? '.' : '-';
  }
  return out;
}

/** Runs of separators collapse to one (a dot if the run held one); then none may start or end the name. */
function tidy(value: string): string {
  const collapsed = value.replace(/[-.]{2,}/g, (run) => (run.includes('.') ? '.' : '-'));
  // After collapsing, at most one separator sits at each edge; slicing avoids a backtracking `[-.]+$`.
  const start = isSeparator(collapsed.charAt(0)) ? 1 : 0;
  const end = collapsed.length > start && isSeparator(collapsed.charAt(collapsed.length - 1)) ? collapsed.length - 1 : collapsed.length;
  return collapsed.slice(start, end);
}

function truncate(value: string, profile: HostnameProfile): string {
  const labelMax = profile.maxLabelLength;
  const labelled = labelMax === undefined ? value : value.split('.').map((label) => tidy(label.slice(0, labelMax))).join('.');
  return tidy(tidy(labelled).slice(0, profile.maxLength));
}

/**
 * Makes a valid hostname from an instance name, as JD derives its default
 * hostname ("escaped per RFC 952/1123"): nothing is transliterated; ASCII
 * letters (lowercased) and digits are kept, dots kept where the OS allows
 * labels, everything else replaced by `-`; runs of separators collapse, edges
 * are trimmed, labels cut to 63 and the name to the OS limit; an all-digit
 * name on Windows gets the prefix `host-`. Without `os`, the Windows profile
 * is used: its result is valid on Linux too.
 *
 * @example
 * ```ts
 * toHostname('Web Server #1', { api: 'tencent.cvm.ResetInstance', os: 'linux' }); // { ok: true, hostname: 'web-server-1' }
 * toHostname('数据库', { api: 'tencent.cvm.ResetInstance' }); // { ok: false, reason: 'no-usable-characters' }
 * ```
 *
 * @param name The instance name (any text).
 * @param target The API and the target image's OS.
 *
 * @returns The hostname, or the reason none can be made: the API has no hostname parameter, the name has no ASCII
 * letter or digit, or too few for the minimum length.
 *
 * @throws {TypeError} When `name` is not a string, `target.api` is not a known API id, or `target.os` is not
 * `'linux'`, `'windows'` or absent.
 */
export function toHostname(name: string, target: HelperTarget): HostnameResult {
  expectArgument(typeof name === 'string', 'name', 'a string', name);
  const { api, os } = checkTarget(target);
  const profiles = profileOf(api).hostname;
  if (!profiles) return { ok: false, reason: 'no-hostname-parameter' };
  const profile = profiles[os ?? 'windows'];
  let hostname = truncate(tidy(replaceDisallowed(name, profile.allowDots)), profile);
  if (hostname === '') return { ok: false, reason: 'no-usable-characters' };
  if (!profile.allowAllDigits && isDigits(hostname)) hostname = truncate(`${ALL_DIGITS_PREFIX}${hostname}`, profile);
  return hostname.length < profile.minLength ? { ok: false, reason: 'too-short' } : { ok: true, hostname };
}
