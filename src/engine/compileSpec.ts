import type { PathSegment } from '../errors/issue.ts';
import type { FieldSpec } from './spec/types.ts';

/**
 * Walk node interface: one parameter of a spec, compiled once. Every node has every field, assigned in one order,
 * so all nodes share one hidden class and each load in the walk stays monomorphic whatever the field's type.
 */
export interface WalkNode {
  /** The JSON type. */
  readonly type: FieldSpec['type'];
  /** The wire name (`''` for the payload and list elements). */
  readonly name: string;
  /** Whether the parameter must be present. */
  readonly required: boolean;
  /** The path from the enclosing list element (or the payload), built once. */
  readonly path: readonly PathSegment[];
  /** The only values a string takes, if an enumeration. */
  readonly values: readonly string[] | undefined;
  /** The field's own rules, if any. */
  readonly check: ((value: never, context: never) => readonly unknown[]) | undefined;
  /** An object's parameters, in spec order. */
  readonly fields: readonly WalkNode[];
  /** An object's parameter names in spec order: the same array each time, for a suggester's cache. */
  readonly names: readonly string[];
  /** A list's element spec. */
  readonly items: WalkNode | undefined;
  /** A list's most elements. */
  readonly maxItems: number | undefined;
}

const NO_FIELDS: readonly WalkNode[] = [];
const NO_NAMES: readonly string[] = [];

/**
 * Compiles one field spec, and the specs below it, into walk nodes.
 *
 * @param field The field spec.
 * @param name The wire name, `''` for a list element.
 * @param path The path from the enclosing list element or the payload.
 *
 * @returns The node.
 */
export function compileField(field: FieldSpec, name: string, path: readonly PathSegment[]): WalkNode {
  const map = field.type === 'object' ? field.fields : undefined;
  const names = map ? Object.keys(map) : NO_NAMES;
  return {
    type: field.type,
    name,
    required: field.required === true,
    path,
    values: field.type === 'string' ? field.enum : undefined,
    check: 'check' in field ? (field.check as WalkNode['check']) : undefined,
    fields: map ? names.map((key) => compileField(map[key] as FieldSpec, key, [...path, key])) : NO_FIELDS,
    names,
    items: field.type === 'array' ? compileField(field.items, '', []) : undefined,
    maxItems: field.type === 'array' ? field.maxItems : undefined,
  };
}
