import type { RuleId } from '../../rules/ruleId.ts';
import type { PathSegment, VendorError } from '../../errors/issue.ts';
import type { FieldMap, FieldSpec, PayloadSpec, VendorCodes } from './types.ts';

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
 * Finds what the vendor's server answers for a rule broken at a path: the
 * deepest field on the path that names a code wins, else the API-wide code.
 *
 * @param spec The payload spec.
 * @param rule The rule id.
 * @param path The wire path.
 *
 * @returns The vendor error, or `undefined` where none is documented.
 */
export function vendorCodeFor(spec: PayloadSpec, rule: RuleId, path: readonly PathSegment[]): VendorError | undefined {
  let found = pick(spec.vendor, rule);
  let fields: FieldMap | undefined = spec.fields;
  let field: FieldSpec | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (field?.type !== 'array') break;
      field = field.items;
    } else {
      field = fields && Object.hasOwn(fields, segment) ? fields[segment] : undefined;
      if (!field) break;
    }
    found = pick(field.vendor, rule) ?? found;
    fields = field.type === 'object' ? field.fields : undefined;
  }
  return found;
}
