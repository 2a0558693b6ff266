import { fc } from '@fast-check/vitest';
import type { CharClass, PasswordPolicy } from '../../../src/rules/password/index.ts';
import type { HostnameProfile } from '../../../src/rules/hostname/index.ts';

export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const DIGITS = '0123456789';

/**
 * Creates an arbitrary of strings over an alphabet.
 *
 * @param alphabet The characters to draw from.
 * @param minLength The least length.
 * @param maxLength The greatest length.
 *
 * @returns The arbitrary.
 */
export function stringOf(alphabet: string, minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...alphabet), { minLength, maxLength })
    .map((chars) => chars.join(''));
}

/**
 * Returns the characters of one password class under a policy.
 *
 * @param policy The password policy.
 * @param charClass The class.
 *
 * @returns The class's characters.
 */
export function classChars(policy: PasswordPolicy, charClass: CharClass): string {
  switch (charClass) {
    case 'lower':
      return LOWER;
    case 'upper':
      return UPPER;
    case 'letter':
      return LOWER + UPPER;
    case 'digit':
      return DIGITS;
    case 'special':
      return policy.specials;
  }
}

/**
 * Creates an arbitrary of passwords a policy accepts, built from the policy
 * alone: enough classes, allowed characters, a length in range. Bans (words,
 * sequences) are avoided by `accept`, a filter the caller supplies for them.
 *
 * @param policy The password policy.
 * @param options The length range to draw from (default: the policy's) and a filter.
 *
 * @returns The arbitrary.
 */
export function validPassword(
  policy: PasswordPolicy,
  options: { readonly minLength?: number; readonly maxLength?: number; readonly accept?: (value: string) => boolean } = {},
): fc.Arbitrary<string> {
  const minLength = Math.max(options.minLength ?? policy.minLength, policy.minClasses);
  const maxLength = options.maxLength ?? policy.maxLength;
  const arbitrary = fc
    .shuffledSubarray([...policy.classes], { minLength: policy.minClasses })
    .chain((classes) => {
      const pool = classes.map((charClass) => classChars(policy, charClass)).join('');
      return fc
        .tuple(
          fc.tuple(...classes.map((charClass) => fc.constantFrom(...classChars(policy, charClass)))),
          fc.array(fc.constantFrom(...pool), {
            minLength: Math.max(0, minLength - classes.length),
            maxLength: Math.max(0, maxLength - classes.length),
          }),
        )
        .chain(([required, rest]) => fc.shuffledSubarray([...required, ...rest], { minLength: required.length + rest.length }));
    })
    .map((chars) => chars.join(''));
  return options.accept ? arbitrary.filter(options.accept) : arbitrary;
}

/**
 * Creates an arbitrary of hostnames a profile accepts, built from the profile alone.
 *
 * @param profile The hostname profile.
 *
 * @returns The arbitrary.
 */
export function validHostname(profile: HostnameProfile): fc.Arbitrary<string> {
  const alnum = LOWER + UPPER + DIGITS;
  const label = fc
    .tuple(fc.constantFrom(...alnum), stringOf(alnum + '-', 0, 10), fc.constantFrom(...alnum))
    .map(([first, middle, last]) => `${first}${middle.replace(/-{2,}/g, '-')}${last}`);
  const labels = profile.allowDots ? fc.array(label, { minLength: 1, maxLength: 4 }) : fc.tuple(label);
  return labels
    .map((parts) => parts.join('.'))
    .filter(
      (name) =>
        name.length >= profile.minLength &&
        name.length <= profile.maxLength &&
        (profile.allowAllDigits || !/^[0-9]+$/.test(name)),
    );
}
