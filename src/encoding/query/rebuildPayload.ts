import type { PathSegment } from '../../errors/issue.ts';
import type { Finding } from '../../rules/finding.ts';
import type { LocatedFinding } from '../../schemas/build/types.ts';
import type { ArrayField, FieldMap, FieldSpec, PayloadSpec } from '../../schemas/spec/types.ts';
import type { DecodedQuery, QueryParameter } from './types.ts';
import { coerceValue } from './coerceValue.ts';

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

/** Output of one rebuild. */
interface Rebuild {
  readonly findings: LocatedFinding[];
  readonly plusPaths: PathSegment[][];
}

const INDEX = /^(?:0|[1-9]\d*)$/;

const newNode = (): Node => ({ plus: false, repeated: false, conflict: false });

function flattening(reason: string, key: string, extra: Readonly<Record<string, number>> = {}): Finding {
  return { rule: 'parameter/flattening', params: { reason, key, ...extra } };
}

/** Defines an own property, so a key named `__proto__` stays a key (and is reported as unknown). */
function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function insert(root: Node, parameter: QueryParameter, out: Rebuild): void {
  const segments = parameter.key.split('.');
  if (segments.includes('')) {
    out.findings.push({ finding: flattening('empty-segment', parameter.key), path: [parameter.key] });
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

function build(node: Node, field: FieldSpec | undefined, path: PathSegment[], key: string, out: Rebuild): unknown {
  const at = [...path];
  if (node.repeated) out.findings.push({ finding: flattening('repeated', key), path: at });
  if (node.conflict) out.findings.push({ finding: flattening('conflict', key), path: at });
  if (!node.children) {
    if (node.value === undefined) return undefined;
    if (node.plus) out.plusPaths.push(at);
    return coerceValue(field, node.value);
  }
  if (field?.type === 'array') return buildArray(node.children, field, path, key, out);
  const fields = fieldsOf(field);
  const object: Record<string, unknown> = {};
  for (const [name, child] of node.children) {
    path.push(name);
    const value = build(child, fields && Object.hasOwn(fields, name) ? fields[name] : undefined, path, `${key}.${name}`, out);
    path.pop();
    if (value !== undefined) define(object, name, value);
  }
  return object;
}

/** Elements are kept up to the first gap: past it, indexes no longer name the element the sender meant. */
function buildArray(children: Map<string, Node>, field: ArrayField, path: PathSegment[], key: string, out: Rebuild): unknown[] {
  const byIndex = new Map<number, Node>();
  for (const [name, child] of children) {
    if (INDEX.test(name)) byIndex.set(Number(name), child);
    else out.findings.push({ finding: flattening('index', `${key}.${name}`), path: [...path, name] });
  }
  const elements: unknown[] = [];
  for (let index = 0; index < byIndex.size; index++) {
    const child = byIndex.get(index);
    if (!child) {
      out.findings.push({ finding: flattening('gap', key, { index }), path: [...path] });
      break;
    }
    path.push(index);
    elements.push(build(child, field.items, path, `${key}.${index}`, out));
    path.pop();
  }
  return elements;
}

/**
 * Rebuilds the nested payload of a form request from its flat keys, as the
 * API's parameter table describes it: `A.B` is key `B` of object `A`, `A.N`
 * (N from 0) element N of list `A`. Malformed flattening (an empty key part, a
 * list index that is not a number, a gap, a key given twice, a key given both
 * as a value and as an object) is a `parameter/flattening` finding at the
 * nested wire path, never a throw.
 *
 * @param parameters The decoded pairs, in wire order.
 * @param spec The API's payload spec.
 * @param ignore The top-level keys that are transport, not payload (signature parameters).
 *
 * @returns The payload, the findings and the paths whose value held a literal `+`.
 */
export function rebuildPayload(
  parameters: readonly QueryParameter[],
  spec: PayloadSpec,
  ignore: readonly string[] = [],
): DecodedQuery & { readonly payload: Readonly<Record<string, unknown>> } {
  const root = newNode();
  const out: Rebuild = { findings: [], plusPaths: [] };
  for (const parameter of parameters) {
    if (!ignore.includes(parameter.key)) insert(root, parameter, out);
  }
  const payload: Record<string, unknown> = {};
  const path: PathSegment[] = [];
  for (const [name, child] of root.children ?? []) {
    path.push(name);
    const value = build(child, Object.hasOwn(spec.fields, name) ? spec.fields[name] : undefined, path, name, out);
    path.pop();
    if (value !== undefined) define(payload, name, value);
  }
  return { payload, findings: out.findings, plusPaths: out.plusPaths };
}
