import type { Finding, FindingParam, Severity } from '../finding.ts';

/**
 * Username policy interface: which parts of an account's user name a password must not contain (the
 * administrator account a reinstall sets the password of: `root`, `Administrator`).
 */
export interface UsernamePolicy {
  /** The user name, exactly as the account spells it. */
  readonly name: string;
  /** Whether the whole name written backwards is banned too. */
  readonly reverse: boolean;
  /** Bans every run of this many consecutive characters of the name, in order (2 or more); absent: only the whole name. */
  readonly runLength?: number;
  /** The severity of a match in the name's own case (default `error`). */
  readonly severity?: Severity;
  /** The severity of a match found only when case is ignored; absent: case is not ignored. */
  readonly foldedSeverity?: Severity;
}

/**
 * The parts of a name a password must not contain: the whole name, its reverse when banned, and every run of
 * `runLength` consecutive characters.
 */
function bannedParts(policy: UsernamePolicy, name: string): string[] {
  const parts = [name];
  if (policy.reverse) parts.push([...name].reverse().join(''));
  const run = policy.runLength;
  if (run !== undefined && run >= 2) {
    for (let index = 0; index + run <= name.length; index++) parts.push(name.slice(index, index + run));
  }
  return parts;
}

/**
 * Checks that a password does not contain an account's user name, its reverse or a run of its consecutive
 * characters. A match in the name's own case is reported with the policy's severity; one found only when case is
 * ignored, with `foldedSeverity` (and `folded` set). The finding names the user name (public, never a secret),
 * never the part of the password that matched.
 *
 * @param policy The username policy.
 * @param value The password.
 *
 * @returns At most one `password/contains-username` finding, `[]` when the password contains no banned part.
 */
export function checkPasswordUsername(policy: UsernamePolicy, value: string): Finding[] {
  const { name, runLength } = policy;
  if (name === '') return [];
  const params = (folded: boolean): Record<string, FindingParam> => {
    const built: Record<string, FindingParam> = { name, reverse: policy.reverse };
    if (runLength !== undefined) built['runLength'] = runLength;
    if (folded) built['folded'] = true;
    return built;
  };
  const parts = bannedParts(policy, name);
  if (parts.some((part) => value.includes(part))) {
    return [{ rule: 'password/contains-username', severity: policy.severity ?? 'error', params: params(false) }];
  }
  const folded = policy.foldedSeverity;
  if (folded === undefined) return [];
  const lower = value.toLowerCase();
  if (parts.some((part) => lower.includes(part.toLowerCase()))) {
    return [{ rule: 'password/contains-username', severity: folded, params: params(true) }];
  }
  return [];
}
