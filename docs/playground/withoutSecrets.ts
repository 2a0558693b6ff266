import type { PathSegment, PayloadAbout } from '../../src/index.ts';
import { aboutKey } from '../../src/engine/spec/aboutKey.ts';

/**
 * The names of an API's secret parameters, lowercased: a misplaced or miscased `Password` is a secret too.
 *
 * @param about The API's about object.
 *
 * @returns The names.
 */
export function secretNames(about: PayloadAbout): Set<string> {
  const names = new Set<string>();
  for (const [key, entry] of Object.entries(about.fields)) if (entry.secret) names.add((key.split('.').pop() ?? key).replace(/\[\]$/, '').toLowerCase());
  return names;
}

function strip(value: unknown, path: PathSegment[], about: PayloadAbout, names: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item, index) => strip(item, [...path, index], about, names));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (about.fields[aboutKey([...path, key])]?.secret || names.has(key.toLowerCase())) continue;
    out[key] = strip(item, [...path, key], about, names);
  }
  return out;
}

/**
 * Copies a payload without its secrets (passwords), at any depth: the
 * parameters the about object marks secret, and any key of the same name in
 * another case or place (an unknown parameter is still the user's password).
 *
 * @param payload The payload.
 * @param about The API's about object.
 *
 * @returns The copy.
 */
export function withoutSecrets(payload: Readonly<Record<string, unknown>>, about: PayloadAbout): Record<string, unknown> {
  return strip(payload, [], about, secretNames(about)) as Record<string, unknown>;
}
