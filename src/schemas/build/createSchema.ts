import * as v from 'valibot';
import type { Finding, Severity } from '../../rules/finding.ts';
import type { RuleId } from '../../rules/ruleId.ts';
import type { MessageTable } from '../../errors/messages/types.ts';
import type { CheckContext, FieldMap, FieldSpec, PayloadSpec, ValueCheck } from '../spec/types.ts';
import { en } from '../../errors/messages/en.ts';
import { formatMessage } from '../../errors/formatMessage.ts';
import { severityOf } from '../../errors/severity.ts';
import { isPlainObject, isPresent, own } from '../spec/values.ts';
import { countFinding, enumFinding, requiredFinding, typeFinding, unknownFinding } from './structuralFindings.ts';

/** Schema options interface. */
export interface SchemaOptions {
  /** The target image's OS; absent = unknown (OS-dependent rules run for both). */
  readonly os?: 'linux' | 'windows';
  /** The message language when valibot's config names none (default `en`). */
  readonly lang?: string;
  /** The message tables the schema may use, e.g. `[en, zhCN]` (default `[en]`). */
  readonly messages?: readonly MessageTable[];
  /** Whether warnings and infos are issues too (default `false`: only errors fail a form). */
  readonly warnings?: boolean;
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

/** The mutable view of a valibot dataset this builder works on. */
interface Dataset {
  typed: boolean;
  value: unknown;
  issues?: v.BaseIssue<unknown>[];
}
type Config = v.Config<v.BaseIssue<unknown>>;
type Runnable = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>;
type Segment = string | number;

interface Build {
  readonly context: CheckContext;
  readonly tables: readonly MessageTable[];
  readonly lang: string | undefined;
  readonly warnings: boolean;
  readonly unknownSeverity: Severity;
}

const pathItem = (key: Segment): v.IssuePathItem =>
  ({ type: typeof key === 'number' ? 'array' : 'object', origin: 'value', input: undefined, key, value: undefined }) as unknown as v.IssuePathItem;

function pushIssue(dataset: Dataset, issue: v.BaseIssue<unknown>): void {
  if (dataset.issues) dataset.issues.push(issue);
  else dataset.issues = [issue];
}

function tableFor(build: Build, lang: string | undefined): MessageTable {
  const wanted = lang ?? build.lang;
  return build.tables.find((table) => table.lang === wanted) ?? build.tables[0] ?? en;
}

/** Adds a finding to a dataset as a valibot issue; `prefix` is the path from the dataset to the finding. */
function addFinding(build: Build, dataset: Dataset, config: Config, finding: Finding, prefix: readonly Segment[]): void {
  const severity = severityOf(finding);
  if (severity !== 'error' && !build.warnings) return;
  const segments = finding.path ? [...prefix, ...finding.path] : prefix;
  const issue: PreflightIssue = {
    kind: 'validation',
    type: 'preflight',
    input: undefined,
    expected: null,
    received: 'redacted',
    message: formatMessage(finding, tableFor(build, config.lang)),
    path: segments.length > 0 ? (segments.map(pathItem) as [v.IssuePathItem, ...v.IssuePathItem[]]) : undefined,
    rule: finding.rule,
    severity,
    lang: config.lang,
    abortEarly: config.abortEarly,
    abortPipeEarly: config.abortPipeEarly,
  };
  pushIssue(dataset, issue);
  if (severity === 'error') dataset.typed = false;
}

function addAll(build: Build, dataset: Dataset, config: Config, findings: readonly Finding[], prefix: readonly Segment[]): void {
  for (const finding of findings) addFinding(build, dataset, config, finding, prefix);
}

/** Moves a child's issues under `key`; valibot's own path items keep inputs, ours never do. */
function adopt(dataset: Dataset, child: Dataset, key: Segment): void {
  if (!child.issues) return;
  for (const issue of child.issues) {
    const path = (issue as { path?: v.IssuePathItem[] }).path;
    if (path) path.unshift(pathItem(key));
    else (issue as { path?: v.IssuePathItem[] }).path = [pathItem(key)];
    pushIssue(dataset, issue);
  }
  if (!child.typed) dataset.typed = false;
}

/** Creates a validation action that runs spec rules on values that pass `guard`, the direct checker's own guard. */
function rulesAction<TValue>(
  build: Build,
  guard: (value: unknown) => value is TValue,
  run: (value: TValue) => readonly Finding[],
): v.BaseValidation<TValue, TValue, v.BaseIssue<unknown>> {
  return {
    kind: 'validation',
    type: 'preflight_rules',
    reference: rulesAction,
    async: false,
    expects: null,
    '~run'(dataset, config) {
      if (guard(dataset.value)) addAll(build, dataset as unknown as Dataset, config, run(dataset.value), []);
      return dataset as never;
    },
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isInteger = (value: unknown): value is number => Number.isInteger(value);
const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

function typeMessage(build: Build, expected: string): (issue: v.BaseIssue<unknown>) => string {
  return (issue) => formatMessage(typeFinding(expected), tableFor(build, issue.lang));
}

function checkWith<TValue>(build: Build, check: ValueCheck<TValue> | undefined): (value: TValue) => readonly Finding[] {
  return check ? (value) => check(value, build.context) : () => [];
}

function fieldSchema(build: Build, field: FieldSpec): Runnable {
  switch (field.type) {
    case 'string': {
      const check = checkWith(build, field.check);
      const allowed = field.enum;
      return v.pipe(
        v.string(typeMessage(build, 'string')),
        rulesAction(build, isString, (value) =>
          allowed && !allowed.includes(value) ? [enumFinding(allowed)] : check(value),
        ),
      );
    }
    case 'integer':
      return v.pipe(
        v.number(typeMessage(build, 'integer')),
        v.integer(typeMessage(build, 'integer')),
        rulesAction(build, isInteger, checkWith(build, field.check)),
      );
    case 'boolean':
      return v.boolean(typeMessage(build, 'boolean'));
    case 'array': {
      const check = checkWith(build, field.check);
      const max = field.maxItems;
      return v.pipe(
        v.array(itemSchema(build, field.items), typeMessage(build, 'array')),
        rulesAction(build, isArray, (value) =>
          max !== undefined && value.length > max ? [countFinding(max), ...check(value)] : check(value),
        ),
      );
    }
    case 'object':
      return objectSchema(build, field.fields, checkWith(build, field.check), []);
  }
}

/** Creates the schema of an array element; `undefined` is a type error there, as in the direct checker. */
function itemSchema(build: Build, field: FieldSpec): Runnable {
  const inner = fieldSchema(build, field);
  return {
    ...baseSchema(itemSchema, 'preflight_item', inner.expects),
    '~run'(dataset, config) {
      if (dataset.value !== undefined) return inner['~run'](dataset, config);
      addFinding(build, dataset as unknown as Dataset, config, typeFinding(field.type), []);
      return dataset as unknown as Dataset;
    },
  } as Runnable;
}

function baseSchema(reference: Runnable['reference'], type: string, expects: string) {
  return { kind: 'schema' as const, type, reference, expects, async: false as const };
}

/**
 * Creates an object schema: a valibot schema (with `entries`, so tools such as
 * `@valibot/to-json-schema` can read it) whose run mirrors the direct checker:
 * unknown keys, required keys, fields, then the object's own rules.
 */
function objectSchema(
  build: Build,
  fields: FieldMap,
  check: (value: Readonly<Record<string, unknown>>) => readonly Finding[],
  rootChecks: readonly ((value: Readonly<Record<string, unknown>>) => readonly Finding[])[],
): Runnable {
  const entries: Record<string, Runnable> = {};
  for (const name in fields) {
    const field = fields[name] as FieldSpec;
    const schema = fieldSchema(build, field);
    entries[name] = field.required ? schema : (v.optional(schema) as Runnable);
  }
  const known = Object.keys(fields);
  return v._standardSchema({
    ...baseSchema(objectSchema as never, build.unknownSeverity === 'error' ? 'strict_object' : 'loose_object', 'Object'),
    entries,
    '~run'(dataset: v.UnknownDataset, config: Config): Dataset {
      const out = dataset as unknown as Dataset;
      const input = dataset.value;
      if (!isPlainObject(input)) {
        addFinding(build, out, config, typeFinding('object'), []);
        return out;
      }
      out.typed = true;
      for (const key of Object.keys(input)) {
        if (!Object.hasOwn(fields, key)) addFinding(build, out, config, unknownFinding(key, known, build.unknownSeverity), [key]);
      }
      for (const name of known) {
        const value = own(input, name);
        if (isPresent(value)) adopt(out, (entries[name] as Runnable)['~run']({ value }, config) as unknown as Dataset, name);
        else if ((fields[name] as FieldSpec).required) addFinding(build, out, config, requiredFinding(name), [name]);
      }
      addAll(build, out, config, check(input), []);
      for (const rootCheck of rootChecks) addAll(build, out, config, rootCheck(input), []);
      out.value = input;
      return out;
    },
  } as unknown as Runnable);
}

/**
 * Creates a valibot schema from a payload spec. It reports the same rule ids
 * at the same paths as the direct checker (a property test holds the two
 * equal), with localized messages, and no issue keeps an input value.
 *
 * @param spec The payload spec.
 * @param options The OS, language, message tables and whether warnings fail.
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
    unknownSeverity: spec.unknownSeverity,
  };
  const rootChecks = spec.checks.map((check) => (value: Readonly<Record<string, unknown>>) => check(value, context));
  const root = objectSchema(build, spec.fields, () => [], rootChecks);
  return v._standardSchema({
    ...baseSchema(createSchema as never, root.type, 'Object'),
    entries: (root as unknown as { entries: unknown }).entries,
    '~run'(dataset: v.UnknownDataset, config: Config): Dataset {
      const out = root['~run'](dataset, config) as unknown as Dataset;
      if (out.issues) for (const issue of out.issues) redact(issue);
      return out;
    },
  } as unknown as PreflightSchema);
}

/** Strips what valibot keeps of the input on an issue: it may be a password. */
function redact(issue: v.BaseIssue<unknown>): void {
  const writable = issue as { input: unknown; received: string; path?: { input: unknown; value: unknown }[] };
  writable.input = undefined;
  writable.received = 'redacted';
  if (writable.path) for (const item of writable.path) {
    item.input = undefined;
    item.value = undefined;
  }
}
