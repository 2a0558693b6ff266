import { NO_FINDINGS, type Finding } from '../finding.ts';
import type { HostnameProfile } from './types.ts';

const DOT = 46;
const HYPHEN = 45;

/** What an ASCII character is in a hostname; any code of 128 or more is {@link OTHER}. */
const OTHER = 0;
const DIGIT = 1;
const LETTER = 2;
const HYPHEN_CHAR = 3;
const DOT_CHAR = 4;

/** Each ASCII char code's kind: one table read per character instead of a chain of range tests. */
const KINDS = /* @__PURE__ */ kindTable();

/**
 * Checks a hostname against a hostname profile.
 *
 * @param profile The hostname profile.
 * @param value The hostname.
 *
 * @returns The findings, `[]` when the hostname is valid.
 */
export function checkHostname(profile: HostnameProfile, value: string): readonly Finding[] {
  const { minLength: min, maxLength: max, allowDots } = profile;
  const length = value.length;
  // Allocated at the first finding: a valid value gets the shared empty result.
  let findings: Finding[] | undefined;
  if (length < min || length > max) {
    (findings ??= []).push({ rule: 'hostname/length', params: { min, max } });
    // Nobody means a string this long as a hostname: scanning it would only cost time.
    if (length > 4 * max) return findings;
  }
  // An empty name has no chars, edges or labels to report.
  if (length === 0) return findings ?? NO_FINDINGS;

  const maxLabel = profile.maxLabelLength ?? Infinity;
  let charset = false;
  let dot = false;
  let consecutive = false;
  let allDigits = true;
  let longLabel = false;
  let label = 0;
  // Whether the character before is a separator (a hyphen, or a dot where dots separate labels).
  let separator = false;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    const kind = code < 128 ? (KINDS[code] as number) : OTHER;
    if (kind === DIGIT) {
      separator = false;
      if (++label > maxLabel) longLabel = true;
      continue;
    }
    allDigits = false;
    if (kind === DOT_CHAR) {
      label = 0;
      if (!allowDots) dot = true;
      else if (separator) consecutive = true;
      separator = allowDots;
      continue;
    }
    if (++label > maxLabel) longLabel = true;
    if (kind === HYPHEN_CHAR) {
      if (separator) consecutive = true;
      separator = true;
    } else {
      separator = false;
      if (kind === OTHER) charset = true;
    }
  }

  if (charset) (findings ??= []).push({ rule: 'hostname/charset', params: { dots: allowDots } });
  if (dot) (findings ??= []).push({ rule: 'hostname/dot', params: {} });
  if (isSeparator(value.charCodeAt(0), allowDots) || separator) {
    (findings ??= []).push({ rule: 'hostname/edge', params: { chars: allowDots ? '.-' : '-' } });
  }
  if (consecutive) (findings ??= []).push({ rule: 'hostname/consecutive', params: {} });
  if (allDigits && !profile.allowAllDigits) (findings ??= []).push({ rule: 'hostname/all-digits', params: {} });
  if (longLabel) (findings ??= []).push({ rule: 'hostname/label-length', severity: 'warning', params: { max: maxLabel } });
  return findings ?? NO_FINDINGS;
}

/**
 * Creates the table of ASCII char kinds.
 *
 * @returns The kind of each char code below 128.
 */
function kindTable(): Uint8Array {
  const kinds = new Uint8Array(128);
  for (let code = 48; code <= 57; code++) kinds[code] = DIGIT;
  for (let code = 65; code <= 90; code++) {
    kinds[code] = LETTER;
    kinds[code + 32] = LETTER;
  }
  kinds[HYPHEN] = HYPHEN_CHAR;
  kinds[DOT] = DOT_CHAR;
  return kinds;
}

/**
 * Checks whether a char code is a separator, which may neither start nor end a hostname nor follow another one.
 *
 * @param code The char code.
 * @param allowDots Whether dots are separators here (else a dot is reported as a dot, nothing more).
 *
 * @returns Whether it is a separator.
 */
function isSeparator(code: number, allowDots: boolean): boolean {
  return code === HYPHEN || (code === DOT && allowDots);
}
