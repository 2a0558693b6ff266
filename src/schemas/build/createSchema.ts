import type * as v from 'valibot';
import { _standardSchema } from 'valibot';
import type { Finding, Severity } from '../../rules/finding.ts';
import type { RuleId } from '../../rules/ruleId.ts';
import type { MessageTable } from '../../errors/messages/types.ts';
import type { CheckContext, FieldMap, FieldSpec, PayloadSpec } from '../spec/types.ts';
import { en } from '../../errors/messages/en.ts';
import { formatMessage } from '../../errors/formatMessage.ts';
import { severityOf } from '../../errors/severity.ts';
import { isPlainObject, isPresent, own } from '../spec/values.ts';
import { countFinding, enumFinding, requiredFinding, typeFinding, unknownFinding } from './structuralFindings.ts';
import { toWire, toWireObject } from './toWire.ts';

/** Schema options interface. */
export interface SchemaOptions {
  /** The target image's OS; absent = unknown (OS-dependent rules run for both). */
  readonly os?: 'linux' | 'windows';
  /** The message language when valibot's config names none (default: the first table's). */
  readonly lang?: string;
  /** The message tables the schema may use, e.g. `[en, zhCN]` (default `[en]`). */
  readonly messages?: readonly MessageTable[];
  /** Whether warnings and infos are issues too (default `false`: only errors fail a form). */
  readonly warnings?: boolean;
  /**
   * Whether the schema takes form values (default `false`: wire values): every
   * field accepts the string a form control gives, integers and booleans are
   * coerced, an empty input counts as absent; the output is the wire payload.
   */
  readonly form?: boolean;
}

/** Preflight issue interface: a valibot issue that also carries the rule id and severity. */
export interface PreflightIssue extends v.BaseIssue<unknown> {
  /** The issue kind. */
  readonly kind: 'validation';
  /** The issue type. */
  readonly type: 'preflight';
  /** The stable rule id. */
  readonly rule: RuleId;
  /** The severity. */
  readonly severity: Severity;
}

/** A valibot schema built from a payload spec. */
export type PreflightSchema = v.BaseSchema<unknown, Readonly<Record<string, unknown>>, v.BaseIssue<unknown>>;

type Segment = string | number;
/** Receives a finding and its absolute path; the path array is live, so a receiver copies what it keeps. */
type Emit = (finding: Finding, path: readonly Segment[]) => void;
type Walk = (value: unknown, path: Segment[], emit: Emit) => void;
type Coerce = (value: unknown) => unknown;

/** A schema node: a valibot schema (introspectable by `type`, `entries`, `item`, `pipe`) that also walks without copies. */
interface Node extends v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>> {
  readonly walk: Walk;
}

interface Build {
  readonly context: CheckContext;
  readonly tables: readonly MessageTable[];
  readonly lang: string | undefined;
  readonly warnings: boolean;
  readonly form: boolean;
  readonly unknownSeverity: Severity;
}

/** The mutable view of a valibot dataset this builder writes. */
interface Dataset {
  typed: boolean;
  value: unknown;
  issues?: v.BaseIssue<unknown>[];
}

type Config = v.Config<v.BaseIssue<unknown>>;

const pathItem = (key: Segment): v.IssuePathItem =>
  ({ type: typeof key === 'number' ? 'array' : 'object', origin: 'value', input: undefined, key, value: undefined }) as never;

/** Declarative pipe items: what `@valibot/to-json-schema` reads; the node's own walk is what runs. */
const action = (type: string, requirement?: unknown): unknown => ({ kind: 'validation', type, requirement, async: false, expects: null });

const schemaPart = (type: string, parts: object = {}): object => ({ kind: 'schema', type, expects: type, async: false, ...parts });

/**
 * Runs a walk over a valibot dataset: findings become localized issues that
 * keep no input; only errors fail (with `warnings`, every finding is an issue).
 */
function run(build: Build, walk: Walk, dataset: Dataset, config: Config): Dataset {
  const wanted = config.lang ?? build.lang;
  const table = build.tables.find((candidate) => candidate.lang === wanted) ?? build.tables[0] ?? en;
  dataset.typed = true;
  walk(dataset.value, [], (finding, path) => {
    const severity = severityOf(finding);
    if (severity !== 'error' && !build.warnings) return;
    if (severity === 'error') dataset.typed = false;
    const issue: PreflightIssue = {
      kind: 'validation',
      type: 'preflight',
      input: undefined,
      expected: null,
      received: 'redacted',
      message: formatMessage(finding, table),
      path: path.length > 0 ? (path.map(pathItem) as [v.IssuePathItem, ...v.IssuePathItem[]]) : undefined,
      rule: finding.rule,
      severity,
      lang: config.lang,
      abortEarly: config.abortEarly,
      abortPipeEarly: config.abortPipeEarly,
    };
    (dataset.issues ??= []).push(issue);
  });
  return dataset;
}

/**
 * Creates a runnable node. Run on its own (a form library's field-level
 * validator, say), it coerces form input first and, when `absent` is given,
 * treats an absent value as the spec does: fine, or `parameter/required`.
 */
function node(build: Build, type: string, parts: object, walk: Walk, coerce: Coerce | undefined, absent?: Finding | null): Node {
  return _standardSchema({
    ...schemaPart(type, parts),
    reference: createSchema,
    walk,
    '~run'(dataset: v.UnknownDataset, config: Config) {
      const out = dataset as unknown as Dataset;
      if (coerce) out.value = coerce(out.value);
      const skip = absent !== undefined && !isPresent(out.value);
      return run(build, skip ? (_, path, emit) => absent && emit(absent, path) : walk, out, config) as never;
    },
  } as unknown as Node);
}

/** Emits a value's own findings; their paths are relative to the value. */
function emitAll(findings: readonly Finding[], path: readonly Segment[], emit: Emit): void {
  for (const finding of findings) emit(finding, finding.path ? [...path, ...finding.path] : path);
}

/** The rules JSON Schema cannot express, by kind: a field's own value rules or rules across fields. */
const rules = (check: unknown, kind: 'field' | 'cross-field' = 'field'): unknown[] => (check ? [action('preflight_rules', kind)] : []);

/** What the spec says of a field for docs and JSON Schema: its description, and that an empty list or object is absent. */
const about = (field: FieldSpec): unknown[] => [
  { kind: 'metadata', type: 'description', description: field.description },
  ...(field.required && field.type === 'array' ? [action('min_length', 1)] : []),
  ...(field.required && field.type === 'object' ? [action('min_entries', 1)] : []),
];

function fieldWalk(build: Build, field: FieldSpec): { readonly type: string; readonly parts: object; readonly walk: Walk } {
  const { context } = build;
  switch (field.type) {
    case 'string': {
      const { enum: allowed, check } = field;
      const pipe = [schemaPart('string'), ...about(field), ...(allowed ? [action('values', allowed)] : []), ...rules(check)];
      return {
        type: 'string',
        parts: { pipe },
        walk: (value, path, emit) => {
          if (typeof value !== 'string') emit(typeFinding('string'), path);
          else if (allowed && !allowed.includes(value)) emit(enumFinding(allowed), path);
          else if (check) emitAll(check(value, context), path, emit);
        },
      };
    }
    case 'integer': {
      const { check } = field;
      return {
        type: 'number',
        parts: { pipe: [schemaPart('number'), ...about(field), action('integer'), ...rules(check)] },
        walk: (value, path, emit) => {
          if (!Number.isInteger(value)) emit(typeFinding('integer'), path);
          else if (check) emitAll(check(value as number, context), path, emit);
        },
      };
    }
    case 'boolean':
      return {
        type: 'boolean',
        parts: { pipe: [schemaPart('boolean'), ...about(field)] },
        walk: (value, path, emit) => {
          if (typeof value !== 'boolean') emit(typeFinding('boolean'), path);
        },
      };
    case 'array': {
      const { maxItems: max, check } = field;
      const item = fieldNode(build, field.items);
      const pipe = [schemaPart('array', { item }), ...about(field), ...(max === undefined ? [] : [action('max_length', max)]), ...rules(check)];
      return {
        type: 'array',
        parts: { item, pipe },
        walk: (value, path, emit) => {
          if (!Array.isArray(value)) {
            emit(typeFinding('array'), path);
            return;
          }
          if (max !== undefined && value.length > max) emit(countFinding(max), path);
          for (let index = 0; index < value.length; index++) {
            const element: unknown = value[index];
            path.push(index);
            // An element is checked even when empty: `[{}]` holds an element whose required keys are missing.
            if (element === undefined) emit(typeFinding(field.items.type), path);
            else item.walk(element, path, emit);
            path.pop();
          }
          if (check) emitAll(check(value, context), path, emit);
        },
      };
    }
    case 'object': {
      const { check } = field;
      const walk = objectWalk(build, field.fields, check ? [(value) => check(value, context)] : []);
      return { ...walk, parts: { ...walk.parts, pipe: [...(walk.parts as { pipe: unknown[] }).pipe, ...about(field)] } };
    }
  }
}

function fieldNode(build: Build, field: FieldSpec, name?: string): Node {
  const { type, parts, walk } = fieldWalk(build, field);
  const coerce = build.form ? (value: unknown) => toWire(field, value) : undefined;
  return node(build, type, parts, walk, coerce, name === undefined ? undefined : field.required ? requiredFinding(name) : null);
}

/**
 * Creates an object walk and its `entries`, typed `strict_object` or
 * `loose_object` after how the API treats unknown parameters, for tools such
 * as `@valibot/to-json-schema`. The walk mirrors the direct checker: unknown
 * keys, required keys, fields, then the object's own rules.
 */
function objectWalk(
  build: Build,
  fields: FieldMap,
  checks: readonly ((value: Readonly<Record<string, unknown>>) => readonly Finding[])[],
  // Payload checks give absolute paths; an object's own checks give paths relative to it.
  absolute = false,
): { readonly type: string; readonly parts: object; readonly walk: Walk } {
  const children: Record<string, Node> = {};
  const entries: Record<string, unknown> = {};
  for (const name in fields) {
    const spec = fields[name] as FieldSpec;
    const child = fieldNode(build, spec, name);
    children[name] = child;
    entries[name] = spec.required
      ? child
      : { ...schemaPart('optional', { wrapped: child }), '~run': child['~run'], '~standard': child['~standard'] };
  }
  const known = Object.keys(fields);
  const { unknownSeverity } = build;
  const type = unknownSeverity === 'error' ? 'strict_object' : 'loose_object';
  const pipe = [schemaPart(type, { entries }), ...rules(checks.length > 0, 'cross-field')];
  const walk: Walk = (value, path, emit) => {
    if (!isPlainObject(value)) {
      emit(typeFinding('object'), path);
      return;
    }
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(fields, key)) continue;
      path.push(key);
      emit(unknownFinding(key, known, unknownSeverity), path);
      path.pop();
    }
    for (const name of known) {
      const member = own(value, name);
      path.push(name);
      if (isPresent(member)) (children[name] as Node).walk(member, path, emit);
      else if ((fields[name] as FieldSpec).required) emit(requiredFinding(name), path);
      path.pop();
    }
    for (const check of checks) {
      const findings = check(value);
      if (absolute) for (const finding of findings) emit(finding, finding.path ?? []);
      else emitAll(findings, path, emit);
    }
  };
  return { type, parts: { entries, pipe }, walk };
}

/**
 * Creates a valibot schema from a payload spec. It reports the same rule ids
 * at the same paths as the direct checker (a property test holds the two
 * equal), with localized messages, and no issue keeps an input value. With
 * `form: true` it takes form values instead (see {@link SchemaOptions.form})
 * and reports at the same wire paths. Each entry (`schema.entries.HostName`)
 * is itself a schema, usable as a field-level validator.
 *
 * The language is valibot's global or per-call config `lang` when one of the
 * given tables has it (so `v.setGlobalConfig({ lang: 'zh-CN' })` switches a
 * Standard Schema consumer), else `options.lang`, else the first table.
 *
 * @param spec The payload spec.
 * @param options The OS, language, message tables, whether warnings fail, and form mode.
 *
 * @returns The schema; a Standard Schema v1 through valibot's `~standard`.
 */
// @__NO_SIDE_EFFECTS__
export function createSchema(spec: PayloadSpec, options: SchemaOptions = {}): PreflightSchema {
  const context: CheckContext = { os: options.os };
  const build: Build = {
    context,
    tables: options.messages ?? [en],
    lang: options.lang,
    warnings: options.warnings ?? false,
    form: options.form ?? false,
    unknownSeverity: spec.unknownSeverity,
  };
  const checks = spec.checks.map((check) => (value: Readonly<Record<string, unknown>>) => check(value, context));
  const { type, parts, walk } = objectWalk(build, spec.fields, checks, true);
  const coerce = build.form
    ? (value: unknown) => (isPlainObject(value) ? toWireObject(spec.fields, value) : value)
    : undefined;
  return node(build, type, parts, walk, coerce) as PreflightSchema;
}
