import type { PathSegment, PayloadAbout } from '../../src/index.ts';
import { aboutKey } from '../../src/schemas/spec/aboutKey.ts';

function strip(value: unknown, path: PathSegment[], about: PayloadAbout): unknown {
  if (Array.isArray(value)) return value.map((item, index) => strip(item, [...path, index], about));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (about.fields[aboutKey([...path, key])]?.secret) continue;
    out[key] = strip(item, [...path, key], about);
  }
  return out;
}

/**
 * Copies a payload without the parameters its about object marks secret (passwords), at any depth.
 *
 * @param payload The payload.
 * @param about The API's about object.
 *
 * @returns The copy.
 */
export function withoutSecrets(payload: Readonly<Record<string, unknown>>, about: PayloadAbout): Record<string, unknown> {
  return strip(payload, [], about) as Record<string, unknown>;
}
