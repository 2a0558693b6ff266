import type { PathSegment } from '../../errors/issue.ts';
import type { LocatedFinding } from '../../engine/types.ts';
import type { ArrayField, FieldMap, FieldSpec, PayloadSpec } from '../../engine/spec/types.ts';
import type { DecodedQuery, QueryParameter } from './types.ts';
import { coerceValue } from './coerceValue.ts';
import { flatteningFinding } from '../../engine/structuralFindings.ts';
import { redactFlatPath } from './redactFlatPath.ts';

/** A flat key's value, or the keys below it; flags record what the flattening got wrong. */
interface Node {
  value?: string;
  plus: boolean;
  children?: Map<string, Node>;
  /** The key was given twice as a value. */
  repeated: boolean;
  /** The key was given both as a value and with keys below it. */
  conflict: boolean;
}

/** State of one rebuild: the output, and what redacts the paths of its findings. */
interface Rebuild {
  readonly findings: LocatedFinding[];
  /** The raw paths (never output: matched to other raw paths only). */
  readonly plusPaths: PathSegment[][];
  readonly spec: PayloadSpec;
  readonly suggest: Suggest | undefined;
}

type Suggest = (name: string, known: readonly string[]) => string | undefined;

const INDEX = /^(?:0|[1-9]\d*)$/;

const newNode = (): Node => ({ plus: false, repeated: false, conflict: false });

/**
 * Reports malformed flattening at a raw path. The path keeps the spec's names only (a key the spec lacks is a
 * placeholder); the flat key is quoted only where `redactFlatPath` finds it quotable, else the finding is `redacted`.
 */
function flattening(
  out: Rebuild,
  reason: string,
  key: string,
  raw: readonly PathSegment[],
  position: (depth: number) => number,
  extra: Readonly<Record<string, number>> = {},
): void {
  const safe = redactFlatPath(raw, out.spec, position, out.suggest);
  const finding = flatteningFinding(safe.quotable ? { reason, key, ...extra } : { reason, redacted: true, ...extra });
  out.findings.push(safe.redacted ? { finding, path: safe.path, sourcePath: [...raw] } : { finding, path: safe.path });
}

/** Defines an own property, so a key named `__proto__` stays a key (and is reported as unknown). */
function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function insert(root: Node, parameter: QueryParameter, wirePosition: number, out: Rebuild): void {
  const segments = parameter.key.split('.');
  if (segments.includes('')) {
    const named = segments.filter((segment) => segment !== '');
    const safe = redactFlatPath(named, out.spec, () => wirePosition, out.suggest);
    const finding = flatteningFinding(safe.quotable ? { reason: 'empty-segment', key: parameter.key } : { reason: 'empty-segment', redacted: true });
    // The source path is the key as written, one segment: what a reader of the request text finds it by.
    out.findings.push({ finding, path: safe.path, sourcePath: [parameter.key] });
    return;
  }
  let node = root;
  for (const segment of segments) {
    if (node.value !== undefined) {
      node.conflict = true;
      node.plus = false;
      delete node.value;
    }
    node.children ??= new Map();
    let child = node.children.get(segment);
    if (!child) {
      child = newNode();
      node.children.set(segment, child);
    }
    node = child;
  }
  if (node.children) node.conflict = true;
  else if (node.value !== undefined || node.repeated) node.repeated = true;
  else {
    node.value = parameter.value;
    node.plus = parameter.plusInValue;
  }
}

function fieldsOf(field: FieldSpec | undefined): FieldMap | undefined {
  return field?.type === 'object' ? field.fields : undefined;
}

/** The raw path of a node, and each segment's position among its parent's keys (what names a hidden key). */
interface At {
  readonly path: PathSegment[];
  readonly positions: number[];
}

const positionIn = (at: At) => (depth: number): number => at.positions[depth] ?? 0;

function build(node: Node, field: FieldSpec | undefined, at: At, key: string, out: Rebuild): unknown {
  if (node.repeated) flattening(out, 'repeated', key, at.path, positionIn(at));
  if (node.conflict) flattening(out, 'conflict', key, at.path, positionIn(at));
  if (!node.children) {
    if (node.value === undefined) return undefined;
    if (node.plus) out.plusPaths.push([...at.path]);
    return coerceValue(field, node.value);
  }
  if (field?.type === 'array') return buildArray(node.children, field, at, key, out);
  const fields = fieldsOf(field);
  const object: Record<string, unknown> = {};
  let position = 0;
  for (const [name, child] of node.children) {
    at.path.push(name);
    at.positions.push(position++);
    const value = build(child, fields && Object.hasOwn(fields, name) ? fields[name] : undefined, at, `${key}.${name}`, out);
    at.path.pop();
    at.positions.pop();
    if (value !== undefined) define(object, name, value);
  }
  return object;
}

/**
 * Elements are kept up to the first gap: past it, indexes no longer name the element the sender meant. Wire
 * indexes count from the spec's `listBase`; the rebuilt list (and so every path) counts from 0.
 */
function buildArray(children: Map<string, Node>, field: ArrayField, at: At, key: string, out: Rebuild): unknown[] {
  const first = out.spec.listBase ?? 0;
  // Only an API whose lists start at 1 says so in its findings: the others' messages stay as they were.
  const base: Readonly<Record<string, number>> = first === 0 ? {} : { first };
  const byIndex = new Map<number, Node>();
  let position = 0;
  for (const [name, child] of children) {
    if (INDEX.test(name) && Number(name) >= first) byIndex.set(Number(name), child);
    else {
      const here = position;
      flattening(out, 'index', `${key}.${name}`, [...at.path, name], (depth) => (depth === at.path.length ? here : positionIn(at)(depth)), base);
    }
    position++;
  }
  const elements: unknown[] = [];
  for (let index = 0; index < byIndex.size; index++) {
    const child = byIndex.get(index + first);
    if (!child) {
      flattening(out, 'gap', key, at.path, positionIn(at), { index: index + first, ...base });
      break;
    }
    at.path.push(index);
    at.positions.push(index);
    elements.push(build(child, field.items, at, `${key}.${index + first}`, out));
    at.path.pop();
    at.positions.pop();
  }
  return elements;
}

/**
 * Rebuilds the nested payload of a form request from its flat keys, as the
 * API's parameter table describes it: `A.B` is key `B` of object `A`, `A.N`
 * (N from the spec's `listBase`, 0 by default) element N of list `A`. Malformed flattening (an empty key part, a
 * list index that is not a number, a gap, a key given twice, a key given both
 * as a value and as an object) is a `parameter/flattening` finding at the
 * nested wire path, never a throw. A finding quotes a flat key, and keeps its
 * path, only where the key is the spec's ({@link redactFlatPath}): other keys
 * may be text split off a password.
 *
 * @param parameters The decoded pairs, in wire order.
 * @param spec The API's payload spec.
 * @param ignore The top-level keys that are transport, not payload (signature parameters).
 * @param suggest The near-name suggester, so a misspelt key can be quoted (as `validate()` does); without it none is.
 *
 * @returns The payload, the findings and the raw paths whose value held a literal `+`.
 */
export function rebuildPayload(
  parameters: readonly QueryParameter[],
  spec: PayloadSpec,
  ignore: readonly string[] = [],
  suggest?: Suggest,
): DecodedQuery & { readonly payload: Readonly<Record<string, unknown>> } {
  const root = newNode();
  const out: Rebuild = { findings: [], plusPaths: [], spec, suggest };
  parameters.forEach((parameter, wirePosition) => {
    if (!ignore.includes(parameter.key)) insert(root, parameter, wirePosition, out);
  });
  const payload: Record<string, unknown> = {};
  const at: At = { path: [], positions: [] };
  let position = 0;
  for (const [name, child] of root.children ?? []) {
    at.path.push(name);
    at.positions.push(position++);
    const value = build(child, Object.hasOwn(spec.fields, name) ? spec.fields[name] : undefined, at, name, out);
    at.path.pop();
    at.positions.pop();
    if (value !== undefined) define(payload, name, value);
  }
  return { payload, findings: out.findings, plusPaths: out.plusPaths };
}
