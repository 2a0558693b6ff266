/** The most verdicts kept: enough for every real zone name, bounded against a flood of distinct bad inputs. */
const MAX_CACHED = 2048;

const verdicts = new Map<string, boolean>();

/** The runtime's own spelling of a zone it accepts, or `undefined` when it rejects the name. */
function resolvedName(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * Whether a name is spelled as the IANA database spells it, as far as the runtime tells: `Intl` matches names
 * case-insensitively, zoneinfo files do not. A case variant of the runtime's own spelling (`asia/shanghai`, `utc`)
 * is not; a name the runtime maps to another (`Asia/Kolkata` to `Asia/Calcutta`) must start each segment with a
 * capital, as every IANA name does (`America/Port-au-Prince`, `Etc/GMT+5`).
 */
function hasIanaCase(name: string, resolved: string): boolean {
  if (resolved.toLowerCase() === name.toLowerCase()) return resolved === name;
  return name.split('/').every((segment) => /^[A-Z]/.test(segment));
}

/**
 * Checks whether the runtime knows a time zone name: it accepts it in
 * `Intl.DateTimeFormat` (which takes the current IANA names such as
 * `Asia/Kolkata`, `Europe/Kyiv`, `Etc/UTC`, even where
 * `Intl.supportedValuesOf('timeZone')` lists only ICU's older ids), spelled
 * in the database's case. Verdicts are cached: constructing a formatter costs
 * tens of microseconds.
 *
 * @param name The time zone name.
 *
 * @returns Whether the name is known, or `undefined` on a runtime without time zone support (a check then stays silent).
 */
export function isKnownTimeZone(name: string): boolean | undefined {
  if (typeof Intl !== 'object' || typeof Intl.DateTimeFormat !== 'function') return undefined;
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    const resolved = resolvedName(name);
    verdict = resolved !== undefined && hasIanaCase(name, resolved);
    if (verdicts.size < MAX_CACHED) verdicts.set(name, verdict);
  }
  return verdict;
}
