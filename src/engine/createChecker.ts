import type { Finding, Severity } from '../rules/finding.ts';
import type { PathSegment } from '../errors/issue.ts';
import type { ArrayField, CheckContext, FieldMap, FieldSpec, PayloadSpec } from './spec/types.ts';
import type { Checker, CheckerOptions, LocatedFinding } from './types.ts';
import { isPlainObject, isPresent, own } from './spec/values.ts';
import { countFinding, enumFinding, requiredFinding, typeFinding, unknownFinding } from './structuralFindings.ts';
import { redactedKey } from '../errors/redactedKey.ts';
import { guarded } from './guarded.ts';

/**
 * The most elements of a list without a documented limit that are walked: such a list has a count rule of its own
 * (JD `metadata`), so past this bound more elements say nothing new, and a sparse `new Array(2 ** 32 - 1)` costs nothing.
 */
export const ARRAY_WALK_BOUND = 1000;

/** Walk state shared by one run: the output and the current path, copied only when a finding is emitted. */
interface Walk {
  readonly out: LocatedFinding[];
  readonly path: PathSegment[];
  readonly context: CheckContext;
  readonly unknownSeverity: Severity;
  readonly options: CheckerOptions;
}

function emit(walk: Walk, finding: Finding): void {
  walk.out.push({ finding, path: finding.path ? [...walk.path, ...finding.path] : [...walk.path] });
}

function emitAll(walk: Walk, findings: readonly Finding[]): void {
  for (const finding of findings) emit(walk, finding);
}

/** Each level's names, listed once: the same array each time lets a suggester cache what it derives from it. */
const names = new WeakMap<FieldMap, readonly string[]>();

function namesOf(fields: FieldMap): readonly string[] {
  let known = names.get(fields);
  if (known === undefined) {
    known = Object.keys(fields);
    names.set(fields, known);
  }
  return known;
}

function walkFields(walk: Walk, fields: FieldMap, object: Readonly<Record<string, unknown>>): void {
  const { suggest, quote } = walk.options;
  const keys = Object.keys(object);
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position] as string;
    // A null is not given (the JD Go and Python SDKs send one for every parameter of their own, newer set).
    if (Object.hasOwn(fields, key) || object[key] === null) continue;
    // The path never holds the key (with or without a suggester, so validate() and the schemas agree on it);
    // the message quotes it only where it may be shown. The key as written stays beside, for locating it.
    const suggestion = suggest?.(key, namesOf(fields));
    const finding = unknownFinding(suggestion !== undefined && quote?.(key, suggestion) ? key : undefined, walk.unknownSeverity, suggestion);
    walk.out.push({ finding, path: [...walk.path, redactedKey(position)], sourcePath: [...walk.path, key] });
  }
  for (const name in fields) {
    walk.path.push(name);
    walkParameter(walk, name, fields[name] as FieldSpec, own(object, name));
    walk.path.pop();
  }
}

/** A parameter's value, or its absence: absent (`undefined`, `null`, `[]`, `{}`) is fine unless it is required. */
function walkParameter(walk: Walk, name: string, field: FieldSpec, value: unknown): void {
  if (isPresent(value)) walkField(walk, field, value);
  else if (field.required) emit(walk, requiredFinding(name));
}

function walkField(walk: Walk, field: FieldSpec, value: unknown): void {
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') emit(walk, typeFinding('string'));
      else if (field.enum && !field.enum.includes(value)) emit(walk, enumFinding(field.enum));
      else if (field.check) emitAll(walk, field.check(value, walk.context));
      return;
    case 'integer':
      if (!Number.isInteger(value)) emit(walk, typeFinding('integer'));
      else if (field.check) emitAll(walk, field.check(value as number, walk.context));
      return;
    case 'boolean':
      if (typeof value !== 'boolean') emit(walk, typeFinding('boolean'));
      return;
    case 'array':
      if (!Array.isArray(value)) {
        emit(walk, typeFinding('array'));
        return;
      }
      walkArray(walk, field, value);
      return;
    case 'object':
      if (!isPlainObject(value)) {
        emit(walk, typeFinding('object'));
        return;
      }
      walkFields(walk, field.fields, value);
      if (field.check) emitAll(walk, field.check(value, walk.context));
      return;
  }
}

/**
 * A list is read up to its bound only: its `maxItems`, else {@link ARRAY_WALK_BOUND}; `length` is read once, so a
 * sparse or proxied length is O(1). Longer than `maxItems`, it is one count finding and its first `maxItems`
 * elements, and its list rule does not run (it would judge a list other than the one sent); a list without a
 * limit is judged by its first {@link ARRAY_WALK_BOUND} elements.
 */
function walkArray(walk: Walk, field: ArrayField, value: readonly unknown[]): void {
  const length = value.length;
  const over = field.maxItems !== undefined && length > field.maxItems;
  if (over) emit(walk, countFinding(field.maxItems as number));
  const walked = Math.min(length, field.maxItems ?? ARRAY_WALK_BOUND);
  for (let index = 0; index < walked; index++) {
    walk.path.push(index);
    walkItem(walk, field.items, value[index]);
    walk.path.pop();
  }
  if (field.check && !over) emitAll(walk, field.check(length > walked ? Array.prototype.slice.call(value, 0, walked) : value, walk.context));
}

/**
 * An array element is checked even when empty: `[{}]` holds an element whose required keys are missing,
 * and `[null]` an element of the wrong type (no official client sends one: Go slices of strings or
 * structs cannot hold nil, and the Python SDKs serialize only the elements the caller gave).
 */
function walkItem(walk: Walk, field: FieldSpec, value: unknown): void {
  if (value === undefined) emit(walk, typeFinding(field.type));
  else walkField(walk, field, value);
}

/**
 * Creates the direct checker of a payload spec: one walk over the payload, no
 * copies, each rule's own length gate before any scan. This is what
 * `validate()` and the CLI run, with near-name suggestions, and what the
 * schemas run, without (a form has no misspelt keys, and a browser bundle
 * does without the edit-distance code). Never throws: a payload whose reads
 * throw is one `parameter/type` finding at `[]` (the guard every payload read shares).
 *
 * @param spec The payload spec.
 * @param options How to suggest a near name for an unknown parameter.
 *
 * @returns The checker.
 */
// @__NO_SIDE_EFFECTS__
export function createChecker(spec: PayloadSpec, options: CheckerOptions = {}): Checker {
  return (payload, context) =>
    guarded(() => {
      const walk: Walk = { out: [], path: [], context, unknownSeverity: spec.unknownSeverity, options };
      if (!isPlainObject(payload)) {
        emit(walk, typeFinding('object'));
        return walk.out;
      }
      walkFields(walk, spec.fields, payload);
      for (const check of spec.checks) emitAll(walk, check(payload, context));
      return walk.out;
    });
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
  return (value, context) =>
    guarded(() => {
      const walk: Walk = { out: [], path: [], context, unknownSeverity: spec.unknownSeverity, options: {} };
      walkParameter(walk, name, field, value);
      return walk.out;
    }, field.type);
}
