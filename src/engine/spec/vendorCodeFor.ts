import type { RuleId } from '../../rules/ruleId.ts';
import type { PathSegment, VendorError } from '../../errors/issue.ts';
import type { PayloadAbout, VendorCodes } from './types.ts';
import { aboutKeyPath } from './aboutKey.ts';

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

/** One parameter's vendor codes, with the parameters below it: an about object as a tree, so a lookup builds no keys. */
interface CodeNode {
  vendor: VendorCodes | undefined;
  readonly fields: Map<string, CodeNode>;
  element: CodeNode | undefined;
}

const trees = new WeakMap<PayloadAbout, CodeNode>();

const codeNode = (vendor?: VendorCodes): CodeNode => ({ vendor, fields: new Map(), element: undefined });

/** The tree of an about object, built on its first lookup: lookups run for every issue of every report. */
function treeOf(about: PayloadAbout): CodeNode {
  let root = trees.get(about);
  if (root !== undefined) return root;
  root = codeNode(about.vendor);
  for (const [key, entry] of Object.entries(about.fields)) {
    let node = root;
    for (const segment of aboutKeyPath(key)) {
      let child = typeof segment === 'number' ? node.element : node.fields.get(segment);
      if (child === undefined) {
        child = codeNode();
        if (typeof segment === 'number') node.element = child;
        else node.fields.set(segment, child);
      }
      node = child;
    }
    node.vendor = entry.vendor;
  }
  trees.set(about, root);
  return root;
}

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
  let node: CodeNode | undefined = treeOf(about);
  let found = pick(node.vendor, rule);
  for (const segment of path) {
    // A Map holds only the names the about object has: `constructor` or `__proto__` in a payload finds nothing.
    node = typeof segment === 'number' ? node.element : node.fields.get(segment);
    if (node === undefined) break;
    found = pick(node.vendor, rule) ?? found;
  }
  return found;
}
