import type { PasswordPolicy } from '../rules/password/index.ts';
import type { HelperTarget, RandomSource } from './types.ts';
import { checkPassword, checkPasswordSequences } from '../rules/password/index.ts';
import { profileOf } from './profiles.ts';

/** Generate password options interface. */
export interface GeneratePasswordOptions {
  /** The random source; `crypto.getRandomValues` by default. */
  readonly random?: RandomSource;
  /** The length wanted; clamped to what every applicable policy allows (default 16). */
  readonly length?: number;
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const MAX_ATTEMPTS = 1000;
const BROKEN_SOURCE = `The random source yields no usable value in ${MAX_ATTEMPTS} draws: it is not random.`;

const systemRandom: RandomSource = (values) => crypto.getRandomValues(values);

/** Creates a drawer of unbiased indexes that asks the random source for a block of values at a time. */
function createDraw(random: RandomSource): (size: number) => number {
  const pool = new Uint32Array(64);
  let next = pool.length;
  return (size) => {
    // Values past the last whole multiple of size are drawn again: no modulo bias.
    const limit = Math.floor(0x1_0000_0000 / size) * size;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (next === pool.length) {
        random(pool);
        next = 0;
      }
      const value = pool[next++] ?? 0;
      if (value < limit) return value % size;
    }
    throw new Error(BROKEN_SOURCE);
  };
}

function shuffle(draw: (size: number) => number, chars: string[]): void {
  for (let index = chars.length - 1; index > 0; index--) {
    const other = draw(index + 1);
    [chars[index], chars[other]] = [chars[other] as string, chars[index] as string];
  }
}

/** The specials every policy accepts, so the password carries none that one reading disputes. */
function commonSpecials(policies: readonly PasswordPolicy[]): string {
  const [first, ...rest] = policies;
  return [...(first?.specials ?? '')].filter((char) => rest.every((policy) => policy.specials.includes(char))).join('');
}

/**
 * Generates a password that satisfies an API's password policy for an OS (for
 * both OS when `os` is absent): its length and charset, one character of
 * every class, and, for JD, no banned word and no run of 3 consecutive
 * letters, digits or keyboard keys (disputed runs included). A draw that
 * breaks any rule, even with a warning, is drawn again.
 *
 * @example
 * ```ts
 * import { generatePassword } from 'instance-preflight';
 *
 * generatePassword({ api: 'jdcloud.vm.rebuildInstance', os: 'linux' }); // e.g. 'q7#Vt)m2Lr9!xKp4'
 * ```
 *
 * @param target The API and the target image's OS.
 * @param options The random source and the length wanted.
 *
 * @returns The password.
 *
 * @throws {TypeError} When `api` is not a known API id.
 * @throws {Error} When the random source yields nothing usable in 1000 draws (a broken source).
 */
export function generatePassword(target: HelperTarget, options: GeneratePasswordOptions = {}): string {
  const profile = profileOf(target.api).password;
  const policies = target.os ? [profile[target.os]] : [profile.linux, profile.windows];
  const min = Math.max(...policies.map((policy) => policy.minLength));
  const max = Math.min(...policies.map((policy) => policy.maxLength));
  const length = Math.min(max, Math.max(min, Math.trunc(options.length ?? 16)));
  const draw = createDraw(options.random ?? systemRandom);
  const specials = commonSpecials(policies);
  const classes = [LOWER, UPPER, DIGITS, specials].filter((set) => set !== '');
  const all = classes.join('');
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const chars = classes.map((set) => set.charAt(draw(set.length)));
    while (chars.length < length) chars.push(all.charAt(draw(all.length)));
    shuffle(draw, chars);
    const password = chars.join('');
    const passes = (policy: PasswordPolicy): boolean =>
      checkPassword(policy, password).length === 0 && checkPasswordSequences(policy, password).length === 0;
    if (policies.every(passes)) return password;
  }
  throw new Error(BROKEN_SOURCE);
}
