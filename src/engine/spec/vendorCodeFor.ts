import type { RuleId } from '../../rules/ruleId.ts';
import type { PathSegment, VendorError } from '../../errors/issue.ts';
import type { PayloadAbout, VendorCodes } from './types.ts';
import { keepRecent } from '../../errors/keepRecent.ts';
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
  /** The node above, whose codes apply where this one names none for a rule. */
  readonly parent: CodeNode | undefined;
  /** Per rule, the code that applies at this node (`null`: none): resolved once, as lookups run for every issue. */
  readonly resolved: Map<RuleId, VendorError | null>;
}

/** A path a rule was looked up at in one tree, and its code (`null`: none). */
interface LastLookup {
  readonly path: readonly PathSegment[];
  readonly code: VendorError | null;
}

/**
 * An about object's code tree, and per rule its last lookups, newest first: a rule mostly breaks at the same few
 * parameters (one report may break it at several: two ids, two enumerations).
 */
interface CodeTree {
  readonly root: CodeNode;
  readonly last: Map<RuleId, LastLookup[]>;
}

/** The lookups kept per rule. */
const KEPT_PER_RULE = 4;

const trees = new WeakMap<PayloadAbout, CodeTree>();

const codeNode = (parent: CodeNode | undefined, vendor?: VendorCodes): CodeNode => ({ vendor, fields: new Map(), element: undefined, parent, resolved: new Map() });

/** The last about object looked up and its tree: the issues of one report all look up the same one. */
let lastAbout: PayloadAbout | undefined;
let lastTree: CodeTree | undefined;

/** The tree of an about object, built on its first lookup: lookups run for every issue of every report. */
function treeOf(about: PayloadAbout): CodeTree {
  if (about === lastAbout && lastTree !== undefined) return lastTree;
  let tree = trees.get(about);
  if (tree === undefined) {
    tree = { root: buildTree(about), last: new Map() };
    trees.set(about, tree);
  }
  lastAbout = about;
  lastTree = tree;
  return tree;
}

function buildTree(about: PayloadAbout): CodeNode {
  const root = codeNode(undefined, about.vendor);
  for (const [key, entry] of Object.entries(about.fields)) {
    let node = root;
    for (const segment of aboutKeyPath(key)) {
      let child = typeof segment === 'number' ? node.element : node.fields.get(segment);
      if (child === undefined) {
        child = codeNode(node);
        if (typeof segment === 'number') node.element = child;
        else node.fields.set(segment, child);
      }
      node = child;
    }
    node.vendor = entry.vendor;
  }
  return root;
}

/** The code for a rule at a node: its own entry's, else the nearest one above's. */
function resolve(node: CodeNode, rule: RuleId): VendorError | null {
  let found = node.resolved.get(rule);
  if (found === undefined) {
    found = pick(node.vendor, rule) ?? (node.parent ? resolve(node.parent, rule) : null);
    node.resolved.set(rule, found);
  }
  return found;
}

/**
 * Finds what the vendor's server answers for a rule broken at a path: the
 * deepest parameter on the path whose entry names a code for the rule (its id,
 * then its `family/*`, then `*`) wins, else the API-wide code. The answers for
 * a rule's last few paths are kept: one rule mostly breaks at the same
 * parameters from one report to the next.
 *
 * @param about The API's about object.
 * @param rule The rule id.
 * @param path The wire path.
 *
 * @returns The vendor error, or `undefined` where none is documented.
 */
export function vendorCodeFor(about: PayloadAbout, rule: RuleId, path: readonly PathSegment[]): VendorError | undefined {
  const tree = treeOf(about);
  const kept = tree.last.get(rule);
  if (kept !== undefined) {
    for (let index = 0; index < kept.length; index++) {
      const last = kept[index] as LastLookup;
      if (samePath(last.path, path)) return last.code ?? undefined;
    }
  }
  const code = walk(tree.root, rule, path);
  // A copy of the path: the caller's may be a list it goes on to change.
  keepRecent(tree.last, rule, { path: path.slice(), code }, KEPT_PER_RULE);
  return code ?? undefined;
}

/** Whether two paths have the same segments: a lookup's answer depends on nothing else of its path. */
function samePath(kept: readonly PathSegment[], path: readonly PathSegment[]): boolean {
  if (kept.length !== path.length) return false;
  for (let index = 0; index < path.length; index++) if (kept[index] !== path[index]) return false;
  return true;
}

/** The code for a rule at a path: down the tree as far as the path's names go, then resolved there. */
function walk(root: CodeNode, rule: RuleId, path: readonly PathSegment[]): VendorError | null {
  let node = root;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    // A Map holds only the names the about object has: `constructor` or `__proto__` in a payload finds nothing.
    const child: CodeNode | undefined = typeof segment === 'number' ? node.element : node.fields.get(segment as string);
    if (child === undefined) break;
    node = child;
  }
  return resolve(node, rule);
}
