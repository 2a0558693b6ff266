import { NO_FINDINGS, type Finding, type FindingParam, type Severity } from '../finding.ts';

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

/** Whether a text contains one of the parts. */
function containsAny(text: string, parts: readonly string[]): boolean {
  for (let index = 0; index < parts.length; index++) if (text.includes(parts[index] as string)) return true;
  return false;
}

/** The finding's parameters: the user name and what of it is banned, never the part of the password that matched. */
function usernameParams(policy: UsernamePolicy, folded: boolean): Record<string, FindingParam> {
  const built: Record<string, FindingParam> = { name: policy.name, reverse: policy.reverse };
  if (policy.runLength !== undefined) built['runLength'] = policy.runLength;
  if (folded) built['folded'] = true;
  return built;
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
export function checkPasswordUsername(policy: UsernamePolicy, value: string): readonly Finding[] {
  const name = policy.name;
  if (name === '') return NO_FINDINGS;
  const parts = bannedParts(policy, name);
  if (containsAny(value, parts)) {
    return [{ rule: 'password/contains-username', severity: policy.severity ?? 'error', params: usernameParams(policy, false) }];
  }
  const folded = policy.foldedSeverity;
  if (folded === undefined || !containsAny(value.toLowerCase(), parts.map((part) => part.toLowerCase()))) return NO_FINDINGS;
  return [{ rule: 'password/contains-username', severity: folded, params: usernameParams(policy, true) }];
}
