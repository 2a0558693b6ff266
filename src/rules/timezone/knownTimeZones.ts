let cached: ReadonlySet<string> | null | undefined;

/**
 * Returns the IANA time zone names this runtime knows (`Intl.supportedValuesOf('timeZone')`) plus `UTC`,
 * which runtimes accept but do not list. Built once and cached: the list has some 400 names.
 *
 * @returns The names, or `null` on a runtime without `Intl.supportedValuesOf` (a check then stays silent).
 */
export function knownTimeZones(): ReadonlySet<string> | null {
  if (cached === undefined) {
    const supportedValuesOf = (Intl as { supportedValuesOf?: (key: 'timeZone') => string[] }).supportedValuesOf;
    cached = typeof supportedValuesOf === 'function' ? new Set([...supportedValuesOf('timeZone'), 'UTC']) : null;
  }
  return cached;
}
