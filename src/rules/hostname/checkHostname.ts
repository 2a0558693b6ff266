import { addFinding } from '../addFinding.ts';
import { NO_FINDINGS, type Finding } from '../finding.ts';
import type { HostnameProfile } from './types.ts';

const DOT = 46;
const HYPHEN = 45;

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
    findings = addFinding(findings, { rule: 'hostname/length', params: { min, max } });
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
  // Whether the character before is a separator (a hyphen, or a dot where dots separate labels): carried, not recomputed.
  let separator = false;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    if (code === DOT) {
      allDigits = false;
      label = 0;
      if (!allowDots) dot = true;
      else if (separator) consecutive = true;
      separator = allowDots;
      continue;
    }
    if (++label > maxLabel) longLabel = true;
    if (code === HYPHEN) {
      if (separator) consecutive = true;
      separator = true;
      allDigits = false;
      continue;
    }
    separator = false;
    if (code < 48 || code > 57) {
      allDigits = false;
      if (!isLetter(code)) charset = true;
    }
  }

  if (charset) findings = addFinding(findings, { rule: 'hostname/charset', params: { dots: allowDots } });
  if (dot) findings = addFinding(findings, { rule: 'hostname/dot', params: {} });
  if (isSeparator(value.charCodeAt(0), allowDots) || separator) {
    findings = addFinding(findings, { rule: 'hostname/edge', params: { chars: allowDots ? '.-' : '-' } });
  }
  if (consecutive) findings = addFinding(findings, { rule: 'hostname/consecutive', params: {} });
  if (allDigits && !profile.allowAllDigits) findings = addFinding(findings, { rule: 'hostname/all-digits', params: {} });
  if (longLabel) findings = addFinding(findings, { rule: 'hostname/label-length', severity: 'warning', params: { max: maxLabel } });
  return findings ?? NO_FINDINGS;
}

/**
 * Checks whether a char code is an ASCII letter.
 *
 * @param code The char code.
 *
 * @returns Whether it is a letter.
 */
function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
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
