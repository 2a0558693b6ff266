import type { RuleId } from '../../rules/ruleId.ts';
import type { PathSegment, VendorError } from '../../errors/issue.ts';
import type { FieldAbout, PayloadAbout, VendorCodes } from './types.ts';
import { childAboutKey } from './aboutKey.ts';

const familyKeys = new Map<RuleId, keyof VendorCodes>();

/** The `family/*` key of a rule, built once per rule: lookups run for every issue at every path level. */
function familyKey(rule: RuleId): keyof VendorCodes {
  let key = familyKeys.get(rule);
  if (key === undefined) {
    key = `${rule.slice(0, rule.indexOf('/'))}/*` as keyof VendorCodes;
    familyKeys.set(rule, key);
  }
  return key;
}

const pick = (codes: VendorCodes | undefined, rule: RuleId): VendorError | undefined =>
  codes && (codes[rule] ?? codes[familyKey(rule)] ?? codes['*']);

/**
 * No wire name holds "." or "[": a segment that does names no field, and its key could
 * alias a nested one (an unknown top-level `"LoginSettings.Password"` is not the password).
 */
const namesNoField = (segment: PathSegment): boolean =>
  typeof segment === 'string' && (segment.includes('.') || segment.includes('['));


/**
 * Finds what the vendor's server answers for a rule broken at a path: the
 * deepest parameter on the path whose entry names a code for the rule (its id,
 * then its `family/*`, then `*`) wins, else the API-wide code.
 *
 * @param about The API's about object.
 * @param rule The rule id.
 * @param path The wire path.
 *
 * @returns The vendor error, or `undefined` where none is documented.
 */
export function vendorCodeFor(about: PayloadAbout, rule: RuleId, path: readonly PathSegment[]): VendorError | undefined {
  let found = pick(about.vendor, rule);
  let key = '';
  for (const segment of path) {
    if (namesNoField(segment)) break;
    key = childAboutKey(key, segment);
    // Own keys only, so `constructor` or `__proto__` in a payload finds nothing.
    if (!Object.hasOwn(about.fields, key)) break;
    found = pick((about.fields[key] as FieldAbout).vendor, rule) ?? found;
  }
  return found;
}
