import type { Finding } from '../finding.ts';
import { isKnownTimeZone } from './isKnownTimeZone.ts';

/**
 * Checks that a time zone is an IANA zone name the runtime knows, spelled in the database's case. No vendor
 * publishes its list (Zenlayer has a `DescribeTimeZones` call), so an unknown name is a warning, never an error.
 *
 * @param value The time zone name.
 * @param isKnown Whether a name is known (default: {@link isKnownTimeZone}); `undefined` from it makes the check silent.
 *
 * @returns The findings, `[]` when the name is known.
 */
export function checkTimezone(value: string, isKnown: (name: string) => boolean | undefined = isKnownTimeZone): Finding[] {
  return isKnown(value) === false ? [{ rule: 'timezone/unknown', severity: 'warning', params: {} }] : [];
}
