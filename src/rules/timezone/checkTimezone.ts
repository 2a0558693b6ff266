import type { Finding } from '../finding.ts';
import { knownTimeZones } from './knownTimeZones.ts';

/**
 * Checks that a time zone is an IANA zone name the runtime knows, compared case-sensitively. No vendor publishes
 * its list (Zenlayer has a `DescribeTimeZones` call), so an unknown name is a warning, never an error.
 *
 * @param value The time zone name.
 * @param known The known names (default: {@link knownTimeZones}); `null` makes the check silent.
 *
 * @returns The findings, `[]` when the name is known.
 */
export function checkTimezone(value: string, known: ReadonlySet<string> | null = knownTimeZones()): Finding[] {
  if (known === null || known.has(value)) return [];
  return [{ rule: 'timezone/unknown', severity: 'warning', params: {} }];
}
