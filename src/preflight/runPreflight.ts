import type { Facts } from './facts.ts';
import type { PreflightFinding } from './types.ts';
import type { ApiSpec } from '../engine/spec/api.ts';
import { guarded } from '../engine/guarded.ts';
import { isPlainObject } from '../engine/spec/values.ts';

/**
 * Runs the preflight rules of one API over a payload and the known facts,
 * behind the guard every read of a payload shares: a payload that is no plain
 * object has no parameter to check, and one whose reads throw is the
 * `parameter/type` finding at `[]`, never a throw.
 *
 * @param api The API record, whose `preflight` rules run.
 * @param payload The payload.
 * @param facts What is known about the instance and image.
 *
 * @returns The preconditions the request would break, each with the vendor's answer.
 */
export function runPreflight(api: ApiSpec<string, string>, payload: unknown, facts: Facts): PreflightFinding[] {
  const rules = api.preflight;
  if (!rules) return [];
  return guarded(() => (isPlainObject(payload) ? rules.flatMap((rule) => rule(payload, facts)) : []));
}
