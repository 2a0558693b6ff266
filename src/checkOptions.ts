import type { Facts } from './preflight/facts.ts';
import type { Lang } from './errors/issue.ts';
import type { Os } from './rules/finding.ts';
import { checkFacts } from './preflight/checkFacts.ts';

/** Checked options interface: `validate()`'s options once checked, read once. */
export interface CheckedOptions {
  /** The target OS, if given. */
  readonly os: Os | undefined;
  /** The message language. */
  readonly lang: Lang;
  /** The wire encoding. */
  readonly encoding: 'json' | 'query';
  /** The checked copy of the facts, if given. */
  readonly facts: Facts | undefined;
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const shown = typeof value === 'string' && /^[\w.-]{0,32}$/.test(value) ? `"${value}"` : value === null ? 'null' : typeof value;
  throw new TypeError(`${name} must be ${allowed.map((item) => `'${item}'`).join(' or ')} (or left out); got ${shown}.`);
}

/**
 * Checks `validate()`'s options against their documented types. The options
 * are the calling program's input: a value outside them (`os: 'Linux'`,
 * `lang: '__proto__'`, `options: null`) is a programming error, never a
 * payload issue.
 *
 * @param options The options as given.
 *
 * @returns The checked options, with the defaults applied.
 *
 * @throws {TypeError} Naming the option and the values it accepts.
 */
export function checkOptions(options: unknown): CheckedOptions {
  if (options === undefined) return { os: undefined, lang: 'en', encoding: 'json', facts: undefined };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`options must be an object with os, lang, encoding or facts (or left out); got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}.`);
  }
  let read: Readonly<Record<string, unknown>>;
  try {
    const given = options as Readonly<Record<string, unknown>>;
    read = { os: given['os'], lang: given['lang'], encoding: given['encoding'], facts: given['facts'] };
  } catch {
    throw new TypeError('options could not be read: one of its properties threw when read.');
  }
  return {
    os: oneOf('options.os', read['os'], ['linux', 'windows'] as const),
    lang: oneOf('options.lang', read['lang'], ['en', 'zh-CN'] as const) ?? 'en',
    encoding: oneOf('options.encoding', read['encoding'], ['json', 'query'] as const) ?? 'json',
    facts: read['facts'] === undefined ? undefined : checkFacts(read['facts']),
  };
}
