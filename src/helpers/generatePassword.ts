import type { PasswordPolicy } from '../rules/password/index.ts';
import type { HelperTarget, RandomSource } from './types.ts';
import { checkPassword, checkPasswordSequences } from '../rules/password/index.ts';
import { checkPasswordUsername, type UsernamePolicy } from '../rules/password/checkPasswordUsername.ts';
import { profileOf } from './profiles.ts';
import { checkTarget } from './checkTarget.ts';
import { expectArgument } from './expectArgument.ts';

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

/**
 * The administrator accounts of Linux and Windows images, and their reverses: a drawn password holds no 3
 * consecutive characters of any of them, in any case. Huawei refuses the name, its reverse and (Windows) such
 * runs (docs/vendors/huawei.md#admin-name); no other vendor needs them, so every API's passwords avoid them.
 */
const ADMIN_NAMES: readonly UsernamePolicy[] = ['root', 'toor', 'Administrator', 'rotartsinimdA'].map((name) => ({
  name,
  reverse: false,
  runLength: 3,
  foldedSeverity: 'error',
}));

const systemRandom: RandomSource = (values) => crypto.getRandomValues(values);

/**
 * Fewest distinct values a block of 64 may hold. 64 uniform 32-bit values collide at all with odds near 5e-7, and
 * three times with odds far below 1e-18; a source that does not fill the array (zeros left), fills part of it or
 * repeats a value is caught at once, where it would otherwise yield a fixed password that passes validation.
 */
const MIN_DISTINCT = 62;

/** Fills the pool from the source, refusing a source that leaves it unfilled or without varied values. */
function refill(random: RandomSource, pool: Uint32Array): void {
  pool.fill(0);
  random(pool);
  if (new Set(pool).size < MIN_DISTINCT) {
    throw new TypeError(
      `options.random must fill the Uint32Array it is given with random 32-bit values, as crypto.getRandomValues does; ${pool.length} values held only ${new Set(pool).size} distinct ones.`,
    );
  }
}

/** Creates a drawer of unbiased indexes that asks the random source for a block of values at a time. */
function createDraw(random: RandomSource): (size: number) => number {
  const pool = new Uint32Array(64);
  let next = pool.length;
  return (size) => {
    // Values past the last whole multiple of size are drawn again: no modulo bias.
    const limit = Math.floor(0x1_0000_0000 / size) * size;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (next === pool.length) {
        refill(random, pool);
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
 * letters, digits or keyboard keys (disputed runs included); never 3
 * consecutive characters of `root`, `Administrator` or their reverses, in
 * any case; never a leading `/` (Windows images of Huawei and Alibaba refuse
 * one). A draw that breaks any rule, even with a warning, is drawn again.
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
 * @throws {TypeError} When `target.api` is not a known API id, `target.os` is not `'linux'`, `'windows'` or
 * absent, an option has the wrong type, or `options.random` does not fill the array it is given with varied
 * values (fewer than 62 distinct in a block of 64: unfilled, constant or repeating).
 * @throws {Error} When the random source yields nothing usable in 1000 draws (a broken source).
 */
export function generatePassword(target: HelperTarget, options: GeneratePasswordOptions = {}): string {
  const { api, os } = checkTarget(target);
  expectArgument(typeof options === 'object' && options !== null, 'options', 'an object { random?, length? }', options);
  const { random = systemRandom, length: wanted = 16 } = options;
  expectArgument(typeof random === 'function', 'options.random', 'a function filling a Uint32Array (crypto.getRandomValues)', random);
  expectArgument(typeof wanted === 'number' && Number.isFinite(wanted), 'options.length', 'a finite number', wanted);
  const profile = profileOf(api).password;
  const policies = os ? [profile[os]] : [profile.linux, profile.windows];
  const min = Math.max(...policies.map((policy) => policy.minLength));
  const max = Math.min(...policies.map((policy) => policy.maxLength));
  const length = Math.min(max, Math.max(min, Math.trunc(wanted)));
  const draw = createDraw(random);
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
    const noAdminName = ADMIN_NAMES.every((admin) => checkPasswordUsername(admin, password).length === 0);
    if (noAdminName && !password.startsWith('/') && policies.every(passes)) return password;
  }
  throw new Error(BROKEN_SOURCE);
}
