import type * as v from 'valibot';
import { getGlobalConfig } from 'valibot';
import type { Severity } from '../rules/finding.ts';
import type { RuleId } from '../rules/ruleId.ts';
import type { MessageTable } from '../errors/messages/types.ts';
import type { CheckContext, FieldSpec, PayloadSpec } from './spec/types.ts';
import type { Checker } from './types.ts';
import { formatMessage } from '../errors/formatMessage.ts';
import { severityOf } from '../errors/severity.ts';
import { isPlainObject } from './spec/values.ts';
import { createChecker, createParameterChecker } from './createChecker.ts';
import { guarded } from './guarded.ts';
import { toWire, toWireObject } from './toWire.ts';

/** Schema options interface. */
export interface SchemaOptions {
  /** The target image's OS; absent = unknown (OS-dependent rules run for both). */
  readonly os?: 'linux' | 'windows';
  /** The message language when valibot's config names none (default: the first table's). */
  readonly lang?: string;
  /**
   * The message tables the schema may use, e.g. `[en, zhCN]` (the vendor
   * entries default to their English table). A table may cover only some
   * rules: a rule no given table has is reported with its id as the message.
   */
  readonly messages?: readonly MessageTable<never>[];
  /** Whether warnings and infos are issues too (default `false`: only errors fail a form). */
  readonly warnings?: boolean;
  /**
   * Whether the schema takes form values (default `false`: wire values): every
   * field accepts the string a form control gives, integers and booleans are
   * coerced, an empty input counts as absent; the output is the wire payload.
   */
  readonly form?: boolean;
}

/**
 * Preflight schema issue interface: a valibot issue that also carries the
 * rule id and severity. It keeps no input (`input` is `undefined`,
 * `received` is `"redacted"`), so a password never reaches the page.
 */
export interface PreflightSchemaIssue extends v.BaseIssue<unknown> {
  /** The issue kind. */
  readonly kind: 'validation';
  /** The issue type. */
  readonly type: 'preflight';
  /** The stable rule id. */
  readonly rule: RuleId;
  /** The severity. */
  readonly severity: Severity;
  /** Set where an error for one OS is a warning only because the OS is unknown: its vendor code still applies there. */
  readonly demoted?: true;
}

/**
 * A valibot schema of one parameter (`schema.entries.HostName`): it takes the
 * parameter's value (or `undefined`) and outputs its wire value.
 */
export interface PreflightFieldSchema<TInput = unknown, TOutput = unknown>
  extends v.BaseSchema<TInput, TOutput, PreflightSchemaIssue> {}

/** The input type of one entry: the parameter's input, or `unknown` for a schema with no typed input. */
type EntryInput<TInput, TKey> = unknown extends TInput ? unknown : TKey extends keyof TInput ? TInput[TKey] : undefined;

/** The schemas of a payload's top-level parameters, by wire name (any name, for a schema with no typed output). */
export type PreflightEntries<TInput, TOutput> = unknown extends TOutput
  ? Readonly<Record<string, PreflightFieldSchema>>
  : { readonly [K in keyof TOutput]-?: PreflightFieldSchema<EntryInput<TInput, K>, TOutput[K]> };

/**
 * A valibot schema built from a payload spec, and a Standard Schema v1:
 * `TInput` is what it takes (the wire request, or a form's values with
 * `form: true`), `TOutput` the wire request it outputs, `TEntries` its
 * entries (a type parameter of its own, so a typed schema is a
 * `PreflightSchema`). `PreflightSchema` alone is any of them.
 */
export interface PreflightSchema<TInput = unknown, TOutput = unknown, TEntries = PreflightEntries<TInput, TOutput>>
  extends PreflightFieldSchema<TInput, TOutput> {
  /** The top-level parameters' schemas, for field-level validators; cross-field rules run on the whole payload only. */
  readonly entries: TEntries;
}

/** The mutable view of a valibot dataset this builder writes. */
interface Dataset {
  typed: boolean;
  value: unknown;
  issues?: v.BaseIssue<unknown>[];
}

type Config = v.Config<v.BaseIssue<unknown>>;

/**
 * Creates a valibot schema from a payload spec. It runs the direct checker
 * (`createChecker`, what `validate()` runs), so it reports the same rule ids
 * at the same paths, with localized messages, and no issue keeps an input
 * value. With `form: true` it takes form values instead (see
 * {@link SchemaOptions.form}) and reports at the same wire paths. Each
 * top-level entry (`schema.entries.HostName`) is itself a schema, usable as a
 * field-level validator; cross-field rules run on the whole payload only.
 *
 * The language is valibot's global or per-call config `lang` when one of the
 * given tables has it (so `v.setGlobalConfig({ lang: 'zh-CN' })` switches a
 * Standard Schema consumer), else `options.lang`, else the first table. A
 * rule no given table has is reported with its rule id as the message.
 *
 * @param spec The payload spec.
 * @param options The OS, language, message tables, whether warnings fail, and form mode.
 *
 * @returns The schema; a Standard Schema v1 through its `~standard`. Its
 * types are untyped (`unknown` in, a record out): the vendor factories
 * narrow them to each API's request type.
 */
// @__NO_SIDE_EFFECTS__
export function createSchema(spec: PayloadSpec, options: SchemaOptions = {}): PreflightSchema {
  const { fields } = spec;
  const { lang, form, warnings } = options;
  const tables = options.messages ?? [];
  const context: CheckContext = { os: options.os };
  /**
   * The table for a rule in the wanted language, else in `options.lang`, else any: a table without the rule (a
   * vendor's table given to another vendor's schema, say) gives way to one that has it. The `in` tests make the
   * cast sound: the table found has this rule's message, which is all formatMessage reads.
   */
  const tableFor = (rule: RuleId, wanted: string | undefined) =>
    (tables.find((table) => table.lang === wanted && rule in table.rules) ??
      tables.find((table) => table.lang === lang && rule in table.rules) ??
      tables.find((table) => rule in table.rules)) as MessageTable | undefined;
  /**
   * A schema node: valibot's schema protocol around a direct checker, with its own Standard Schema v1
   * `~standard` (valibot's public `getGlobalConfig` supplies the language). Findings become localized
   * issues that keep no input; only errors fail (with `warnings`, every finding is an issue). A closure over
   * the options rather than a function taking them: the bundle names no options object's properties.
   */
  const node = (expected: string, check: Checker, coerce: (value: unknown) => unknown, entries?: object): PreflightSchema => {
    const type = expected === 'integer' ? 'number' : expected;
    const schema = {
      kind: 'schema',
      type,
      reference: createSchema,
      expects: type,
      async: false,
      ...(entries && { entries }),
      '~run'(dataset: v.UnknownDataset, config: Config) {
        const out = dataset as unknown as Dataset;
        out.typed = true;
        // Coercion and checker read the payload: behind the guard every entry point shares, a payload whose
        // getters throw, or a revoked Proxy, is the finding validate() reports for it, never a throw.
        const located = guarded(() => check(form ? (out.value = coerce(out.value)) : out.value, context), expected);
        for (const { finding, path } of located) {
          const severity = severityOf(finding);
          if (severity === 'error') out.typed = false;
          else if (!warnings) continue;
          const { rule } = finding;
          const table = tableFor(rule, config.lang ?? lang);
          const issue: PreflightSchemaIssue = {
            kind: 'validation',
            type: 'preflight',
            input: undefined,
            expected: null,
            received: 'redacted',
            message: table ? formatMessage(finding, table) : rule,
            // valibot's path items, without the input and value they would carry.
            path:
              path.length > 0
                ? (path.map((key) => ({ type: typeof key === 'number' ? 'array' : 'object', origin: 'value', input: undefined, key, value: undefined })) as never)
                : undefined,
            rule,
            severity,
            ...(finding.demoted && { demoted: true as const }),
            lang: config.lang,
            abortEarly: config.abortEarly,
            abortPipeEarly: config.abortPipeEarly,
          };
          (out.issues ??= []).push(issue);
        }
        return out as never;
      },
      '~standard': {
        version: 1,
        vendor: 'valibot',
        validate(value: unknown) {
          const { issues, value: output } = schema['~run']({ value } as v.UnknownDataset, getGlobalConfig()) as unknown as Dataset;
          return issues ? { issues } : { value: output };
        },
      },
    };
    return schema as unknown as PreflightSchema;
  };
  const entries: Record<string, PreflightFieldSchema> = {};
  for (const name in fields) {
    const field = fields[name] as FieldSpec;
    entries[name] = node(field.type, createParameterChecker(spec, name), (value) => toWire(field, value));
  }
  return node('object', createChecker(spec), (value) => (isPlainObject(value) ? toWireObject(fields, value) : value), entries);
}
