import type { Finding } from '../finding.ts';
import type { PasswordPolicy, PasswordSequencePolicy } from './types.ts';

// Lowercase keyboard lines; the spaces stop one line's end from running into the next line's start.
const KEYBOARD_ROWS = 'qwertyuiop asdfghjkl zxcvbnm';
const KEYBOARD_COLUMNS = 'qaz wsx edc rfv tgb yhn ujm';

/**
 * Checks a password for the predictable runs its policy bans (`sequences`).
 * Three trackers walk the string once: alphabet and digit runs, keyboard runs
 * (rows, columns and the banned diagonals), and runs along the disputed
 * diagonals, since a pair like `de` is both an alphabet step and a keyboard
 * step. A run only a disputed reading bans (`012`, a diagonal the vendor never
 * names) warns; the warning lists the policy's disputed runs of that kind,
 * never the password's own characters.
 *
 * @param password The password policy; without `sequences` nothing is banned.
 * @param value The password.
 *
 * @returns The sequence findings, `[]` when there is none.
 */
export function checkPasswordSequences(password: PasswordPolicy, value: string): Finding[] {
  const policy = password.sequences;
  // Nobody means a string this long as a password: checkPassword reports its length, and scanning it would only cost time.
  if (policy === undefined || value.length > 4 * password.maxLength) return [];
  const { runLength } = policy;
  const disputedRuns = policy.disputedRuns ?? [];
  const diagonals = policy.keyboardDiagonals ?? '';
  const disputedDiagonals = policy.keyboard ? (policy.disputedKeyboardDiagonals ?? '') : '';
  let linearRun = 1;
  let linearStep = 0;
  let keyboardRun = 1;
  let keyboardStep = 0;
  let diagonalRun = 1;
  let diagonalStep = 0;
  let disputedDiagonal = false;
  for (let index = 1; index < value.length; index++) {
    const previous = value.charCodeAt(index - 1);
    const code = value.charCodeAt(index);
    const step = linearStepOf(policy, previous, code);
    linearRun = step === 0 ? 1 : step === linearStep ? linearRun + 1 : 2;
    linearStep = step;
    const key = policy.keyboard ? keyboardStepOf(diagonals, previous, code) : 0;
    keyboardRun = key === 0 ? 1 : key === keyboardStep ? keyboardRun + 1 : 2;
    keyboardStep = key;
    if (
      (linearRun >= runLength || keyboardRun >= runLength) &&
      // A run the vendor's readings disagree on (012) only warns, below.
      !disputedRuns.includes(value.slice(index + 1 - runLength, index + 1))
    ) {
      return [{ rule: 'password/sequence', params: { runLength } }];
    }
    const diagonal = disputedDiagonals === '' ? 0 : sameCaseLineStep(disputedDiagonals, previous, code);
    diagonalRun = diagonal === 0 ? 1 : diagonal === diagonalStep ? diagonalRun + 1 : 2;
    diagonalStep = diagonal;
    if (diagonalRun >= runLength) disputedDiagonal = true;
  }
  const disputed = [
    ...(disputedRuns.some((run) => run !== '' && value.includes(run)) ? disputedRuns : []),
    ...(disputedDiagonal ? disputedDiagonals.split(' ') : []),
  ];
  return disputed.length > 0 ? [{ rule: 'password/sequence', severity: 'warning', params: { runLength, disputed } }] : [];
}

/**
 * Returns the step between two chars of the same alphabet case or both digits: +1 or -1 when adjacent, else 0.
 *
 * @param policy The sequence policy, which says whether letters and digits count.
 * @param previous The previous char code.
 * @param code The current char code.
 *
 * @returns The step.
 */
function linearStepOf(policy: PasswordSequencePolicy, previous: number, code: number): number {
  const step = code - previous;
  if (step !== 1 && step !== -1) return 0;
  const rangeStart = policy.alphabet ? letterRangeOf(previous) : 0;
  if (rangeStart !== 0 && rangeStart === letterRangeOf(code)) return step;
  return policy.digits && isDigit(previous) && isDigit(code) ? step : 0;
}

/**
 * Returns the step along a keyboard line between two same-case letters: ±1 along a row, ±2 along a column,
 * ±3 along one of the banned diagonals, else 0.
 *
 * @param diagonals The banned diagonal lines, separated by spaces.
 * @param previous The previous char code.
 * @param code The current char code.
 *
 * @returns The step.
 */
function keyboardStepOf(diagonals: string, previous: number, code: number): number {
  return (
    sameCaseLineStep(KEYBOARD_ROWS, previous, code) ||
    2 * sameCaseLineStep(KEYBOARD_COLUMNS, previous, code) ||
    3 * sameCaseLineStep(diagonals, previous, code)
  );
}

/**
 * Returns the step between two same-case letters along lowercase keyboard lines: ±1, or 0.
 *
 * @param lines The lines, separated by spaces.
 * @param previous The previous char code.
 * @param code The current char code.
 *
 * @returns The step.
 */
function sameCaseLineStep(lines: string, previous: number, code: number): number {
  const range = letterRangeOf(previous);
  if (range === 0 || range !== letterRangeOf(code)) return 0;
  // ASCII lower and upper case differ in bit 0x20 only.
  const at = lines.indexOf(String.fromCharCode(previous | 0x20));
  if (at < 0) return 0;
  const to = code | 0x20;
  if (lines.charCodeAt(at + 1) === to) return 1;
  // charCodeAt(-1) is NaN, so the first letter needs no guard.
  return lines.charCodeAt(at - 1) === to ? -1 : 0;
}

/**
 * Returns the start of the ASCII letter range a char code is in (`a` or `A`), or 0.
 *
 * @param code The char code.
 *
 * @returns The range start, or 0.
 */
function letterRangeOf(code: number): number {
  if (code >= 97 && code <= 122) return 97;
  return code >= 65 && code <= 90 ? 65 : 0;
}

/**
 * Checks whether a char code is an ASCII digit.
 *
 * @param code The char code.
 *
 * @returns Whether it is a digit.
 */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
