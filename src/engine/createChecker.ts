import type { Finding } from '../rules/finding.ts';
import type { PathSegment } from '../errors/issue.ts';
import type { CheckContext, FieldSpec, PayloadSpec } from './spec/types.ts';
import type { Checker, CheckerOptions, LocatedFinding } from './types.ts';
import type { WalkNode } from './compileSpec.ts';
import { compileField } from './compileSpec.ts';
import { isPlainObject, isPresent } from './spec/values.ts';
import { countFinding, enumFinding, requiredFinding, typeFinding, unknownFinding } from './structuralFindings.ts';
import { redactedKey } from '../errors/redactedKey.ts';
import { addLocated } from './addLocated.ts';

/**
 * The most elements of a list without a documented limit that are walked: such a list has a count rule of its own
 * (JD `metadata`), so past this bound more elements say nothing new, and a sparse `new Array(2 ** 32 - 1)` costs nothing.
 */
export const ARRAY_WALK_BOUND = 1000;

/** The findings so far: `undefined` until the first, so a valid payload allocates no list on the way. */
type Out = LocatedFinding[] | undefined;

/** A list element being walked: the paths below it start with its list's path and its index. */
interface Frame {
  readonly parent: Frame | undefined;
  readonly node: WalkNode;
  index: number;
}

/** What one checker knows besides the payload: the unknown-key severity and the suggester. */
interface Walker {
  readonly unknownSeverity: PayloadSpec['unknownSeverity'];
  readonly options: CheckerOptions;
}

/** Set by {@link walkObject} for its caller: the object had no own key, so as a parameter it is absent. */
let absent = false;

/**
 * The values of the objects being walked, by field position: each object level takes the next run of slots (a
 * check that re-enters a checker takes the runs above), so a valid payload allocates none. Each slot is cleared
 * as it is read; a checker whose walk throws clears the slots above where it started.
 */
const slots: unknown[] = [];
let top = 0;

/**
 * A node's absolute path, plus a tail below it; the node's constant path itself when there is neither frame nor tail,
 * and the tail itself below the payload (a tail is built per finding; a spread would copy it through the iterator
 * protocol into a list grown as it fills).
 */
function pathOf(node: WalkNode, frame: Frame | undefined, tail?: readonly PathSegment[]): readonly PathSegment[] {
  let path = tail === undefined ? node.path : node.path.length === 0 ? tail : [...node.path, ...tail];
  for (; frame !== undefined; frame = frame.parent) path = [...frame.node.path, frame.index, ...path];
  return path;
}

function emit(out: Out, finding: Finding, node: WalkNode, frame: Frame | undefined): LocatedFinding[] {
  return addLocated(out, { finding, path: pathOf(node, frame, finding.path) });
}

function emitAll(out: Out, findings: readonly Finding[], node: WalkNode, frame: Frame | undefined): Out {
  for (let index = 0; index < findings.length; index++) out = emit(out, findings[index] as Finding, node, frame);
  return out;
}

function unknown(walker: Walker, out: Out, node: WalkNode, key: string, position: number, frame: Frame | undefined): LocatedFinding[] {
  const { suggest, quote } = walker.options;
  // The path never holds the key (with or without a suggester, so validate() and the schemas agree on it);
  // the message quotes it only where it may be shown. The key as written stays beside, for locating it.
  const suggestion = suggest?.(key, node.names);
  const finding = unknownFinding(suggestion !== undefined && quote?.(key, suggestion) ? key : undefined, walker.unknownSeverity, suggestion);
  return addLocated(out, { finding, path: pathOf(node, frame, [redactedKey(position)]), sourcePath: pathOf(node, frame, [key]) });
}

/**
 * One object level: one `for…in` over its own keys, a name lookup per key, the values kept by position; then each
 * parameter in spec order (findings come in spec order, whatever the payload's key order), then the object's rules.
 * Only own enumerable keys are parameters: what `JSON.stringify` sends. Sets {@link absent} when the object has no
 * own key and is not a list element (`{}` as a parameter is absent; `[{}]` holds an element missing its keys).
 */
function walkObject(walker: Walker, out: Out, node: WalkNode, object: Readonly<Record<string, unknown>>, frame: Frame | undefined, context: CheckContext, element: boolean): Out {
  const fields = node.fields;
  const base = top;
  top += fields.length;
  while (slots.length < top) slots.push(undefined);
  let position = 0;
  // Payloads mostly list their keys in spec order: the field after the last one found is tried before a search.
  let next = 0;
  for (const key in object) {
    // V8 folds this to `true` while the keys come from the object's enum cache (no enumerable inherited key), but only
    // when it knows the function: written out, as a module constant it becomes a `var` in a bundle. `Object.hasOwn` it does not fold.
    if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
    const value = object[key];
    const index = next < fields.length && (fields[next] as WalkNode).name === key ? next : node.names.indexOf(key);
    // A null is not given (the JD Go and Python SDKs send one for every parameter of their own, newer set).
    if (index >= 0) {
      slots[base + index] = value;
      next = index + 1;
    } else if (value !== null) out = unknown(walker, out, node, key, position, frame);
    position++;
  }
  if (position === 0 && !element) {
    top = base;
    absent = true;
    return out;
  }
  for (let index = 0; index < fields.length; index++) {
    const value = slots[base + index];
    slots[base + index] = undefined;
    out = walkParameter(walker, out, fields[index] as WalkNode, value, frame, context);
  }
  top = base;
  if (node.check) out = emitAll(out, node.check(object as never, context as never) as readonly Finding[], node, frame);
  absent = false;
  return out;
}

/** A parameter's value, or its absence: absent (`undefined`, `null`, `[]`, `{}`) is fine unless it is required. */
function walkParameter(walker: Walker, out: Out, node: WalkNode, value: unknown, frame: Frame | undefined, context: CheckContext): Out {
  if (value !== undefined && value !== null) {
    if (node.type === 'object' && isPlainObject(value)) {
      out = walkObject(walker, out, node, value, frame, context, false);
      if (!absent) return out;
      absent = false;
    } else if (isPresent(value)) return walkValue(walker, out, node, value, frame, context);
  }
  return node.required ? emit(out, requiredFinding(node.name), node, frame) : out;
}

/** A present value: its JSON type first, then a list's or an object's walk, a string's enumeration, its field rules. */
function walkValue(walker: Walker, out: Out, node: WalkNode, value: unknown, frame: Frame | undefined, context: CheckContext): Out {
  const type = node.type;
  const typed =
    type === 'string' ? typeof value === 'string'
    : type === 'integer' ? Number.isInteger(value)
    : type === 'boolean' ? typeof value === 'boolean'
    : type === 'array' ? Array.isArray(value)
    : isPlainObject(value);
  if (!typed) return emit(out, typeFinding(type), node, frame);
  if (type === 'array') return walkArray(walker, out, node, value as readonly unknown[], frame, context);
  if (type === 'object') return walkObject(walker, out, node, value as Readonly<Record<string, unknown>>, frame, context, true);
  if (node.values !== undefined && !node.values.includes(value as string)) return emit(out, enumFinding(node.values), node, frame);
  return node.check && type !== 'boolean' ? emitAll(out, node.check(value as never, context as never) as readonly Finding[], node, frame) : out;
}

/**
 * A list is read up to its bound only: its `maxItems`, else {@link ARRAY_WALK_BOUND}; `length` is read once, so a
 * sparse or proxied length is O(1). Longer than `maxItems`, it is one count finding and its first `maxItems`
 * elements, and its list rule does not run (it would judge a list other than the one sent); a list without a
 * limit is judged by its first {@link ARRAY_WALK_BOUND} elements.
 *
 * An element is checked even when empty: `[{}]` holds an element whose required keys are missing, and `[null]` an
 * element of the wrong type (no official client sends one: Go slices of strings or structs cannot hold nil, and the
 * Python SDKs serialize only the elements the caller gave).
 */
function walkArray(walker: Walker, out: Out, node: WalkNode, value: readonly unknown[], frame: Frame | undefined, context: CheckContext): Out {
  const length = value.length;
  const max = node.maxItems;
  const over = max !== undefined && length > max;
  if (over) out = emit(out, countFinding(max), node, frame);
  const walked = Math.min(length, max ?? ARRAY_WALK_BOUND);
  const items = node.items as WalkNode;
  const element: Frame = { parent: frame, node, index: 0 };
  for (let index = 0; index < walked; index++) {
    element.index = index;
    const item = value[index];
    out = item === undefined ? emit(out, typeFinding(items.type), items, element) : walkValue(walker, out, items, item, element, context);
  }
  if (node.check && !over) {
    const list = length > walked ? Array.prototype.slice.call(value, 0, walked) : value;
    out = emitAll(out, node.check(list as never, context as never) as readonly Finding[], node, frame);
  }
  return out;
}

/** The checker's one guard: a payload whose reads throw (a getter, a revoked Proxy, a trap) is not JSON. */
function thrown(expected: string): LocatedFinding[] {
  return [{ finding: typeFinding(expected), path: [] }];
}

/** After a throw: the slots the walk left filled must not outlive the call. */
function unwound(start: number, expected: string): LocatedFinding[] {
  slots.fill(undefined, start);
  top = start;
  return thrown(expected);
}

/**
 * Creates the direct checker of a payload spec: one walk over the payload, no
 * copies, each rule's own length gate before any scan. This is what
 * `createValidator()` and the CLI's config APIs run, with near-name
 * suggestions, and what the schemas run, without (a form has no misspelt
 * keys, and a browser bundle does without the edit-distance code); for the
 * built-in APIs `validate()` runs the same walk generated per API
 * (scripts/gen-checkers.ts), which reports what this reports with
 * `suggestName` and `isShowableKey`. Never throws: a payload whose reads
 * throw is one `parameter/type` finding at `[]` (the guard every payload read shares).
 *
 * The spec is compiled on the first call into nodes of one shape, each with its constant path; the walk is one
 * `for…in` per object level and allocates nothing for a valid value but the (empty) result.
 *
 * @param spec The payload spec.
 * @param options How to suggest a near name for an unknown parameter.
 *
 * @returns The checker.
 */
// @__NO_SIDE_EFFECTS__
export function createChecker(spec: PayloadSpec, options: CheckerOptions = {}): Checker {
  const walker: Walker = { unknownSeverity: spec.unknownSeverity, options };
  let root: WalkNode | undefined;
  return (payload, context) => {
    const start = top;
    try {
      root ??= compileField({ type: 'object', fields: spec.fields }, '', []);
      if (!isPlainObject(payload)) return thrown('object');
      let out = walkObject(walker, undefined, root, payload, undefined, context, true);
      for (const check of spec.checks) out = emitAll(out, check(payload, context), root, undefined);
      return out ?? [];
    } catch {
      return unwound(start, 'object');
    }
  };
}

/**
 * Creates the direct checker of one top-level parameter: what a form's
 * field-level validator runs. Its findings' paths are relative to the
 * parameter; the payload's cross-field rules are not run (they need the whole
 * payload).
 *
 * @param spec The payload spec.
 * @param name The parameter's wire name; it must be one of `spec.fields`.
 *
 * @returns The checker, called with the parameter's value.
 */
// @__NO_SIDE_EFFECTS__
export function createParameterChecker(spec: PayloadSpec, name: string): Checker {
  const field = spec.fields[name] as FieldSpec;
  const walker: Walker = { unknownSeverity: spec.unknownSeverity, options: {} };
  let node: WalkNode | undefined;
  return (value, context) => {
    const start = top;
    try {
      node ??= compileField(field, name, []);
      return walkParameter(walker, undefined, node, value, undefined, context) ?? [];
    } catch {
      return unwound(start, field.type);
    }
  };
}
