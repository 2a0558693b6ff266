import type { Os } from '../rules/finding.ts';

/**
 * Reads an OS from a vendor's OS-type and platform fields through the
 * vendor's own table. A string the table lacks says nothing (it maps to no
 * OS, so both readings stay open), never a guess; two known fields that
 * disagree map to no OS either.
 *
 * @param table The vendor's strings, lower-cased, each with its OS.
 * @param values The fields as the response gives them (absent or empty ones say nothing).
 *
 * @returns The OS every known field agrees on, or `undefined`.
 */
export function osFromNames(table: Readonly<Record<string, Os>>, values: readonly unknown[]): Os | undefined {
  let found: Os | undefined;
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const key = value.trim().toLowerCase();
    const os = Object.hasOwn(table, key) ? table[key] : undefined;
    if (os === undefined) continue;
    if (found !== undefined && found !== os) return undefined;
    found = os;
  }
  return found;
}
