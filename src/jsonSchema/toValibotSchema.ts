import * as v from 'valibot';
import type { PathSegment } from '../errors/issue.ts';
import type { FieldMap, FieldSpec, PayloadAbout, PayloadSpec } from '../engine/spec/types.ts';
import { aboutKey } from '../engine/spec/aboutKey.ts';

/** The kind of rule a JSON Schema cannot express: a field's own value rules, or rules across fields. */
export type UncheckedKind = 'field' | 'cross-field';

/**
 * Creates the pipe item that marks rules JSON Schema cannot express. It never
 * runs: the schema it sits in only describes a spec for
 * `@valibot/to-json-schema`, whose `overrideAction` turns it into an annotation.
 *
 * @param kind What kind of rules go unchecked.
 *
 * @returns The pipe item.
 */
export function uncheckedRules(kind: UncheckedKind): v.GenericPipeAction {
  return { kind: 'validation', type: 'preflight_rules', reference: uncheckedRules, requirement: kind, async: false, expects: null, '~run': (dataset: never) => dataset } as never;
}

/** How the description is built: where the field is, what is known of it, and whether unknown keys are errors. */
interface Describe {
  readonly about: PayloadAbout;
  readonly strict: boolean;
}

/** `v.pipe` over items built at run time; the result is only ever read by the converter, so the item types need not line up. */
const pipe = v.pipe as unknown as (schema: v.GenericSchema, ...items: readonly unknown[]) => v.GenericSchema;

function fieldSchema(field: FieldSpec, path: readonly PathSegment[], describe: Describe): v.GenericSchema {
  const description = describe.about.fields[aboutKey(path)]?.description;
  const head: unknown[] = description === undefined ? [] : [v.description(description)];
  const rules = field.type !== 'boolean' && field.check ? [uncheckedRules(field.type === 'object' ? 'cross-field' : 'field')] : [];
  switch (field.type) {
    case 'string':
      return pipe(v.string(), ...head, ...(field.enum ? [v.values(field.enum)] : []), ...rules);
    case 'integer':
      return pipe(v.number(), ...head, v.integer(), ...rules);
    case 'boolean':
      return pipe(v.boolean(), ...head);
    case 'array': {
      const size = [...(field.required ? [v.minLength(1)] : []), ...(field.maxItems === undefined ? [] : [v.maxLength(field.maxItems)])];
      return pipe(v.array(fieldSchema(field.items, [...path, 0], describe)), ...head, ...size, ...rules);
    }
    case 'object':
      return pipe(objectSchema(field.fields, path, describe), ...head, ...(field.required ? [v.minEntries(1)] : []), ...rules);
  }
}

/** An object's parameters; unknown keys are reported at every depth as the API reports them at the top. */
function objectSchema(fields: FieldMap, path: readonly PathSegment[], describe: Describe): v.GenericSchema {
  const entries: Record<string, v.GenericSchema> = {};
  for (const name in fields) {
    const field = fields[name] as FieldSpec;
    const schema = fieldSchema(field, [...path, name], describe);
    entries[name] = field.required ? schema : v.optional(schema);
  }
  return describe.strict ? v.strictObject(entries) : v.looseObject(entries);
}

/**
 * Creates a valibot schema that describes a payload spec for
 * `@valibot/to-json-schema`: JSON types, required and unknown parameters,
 * enumerations, list sizes and descriptions, and a `preflight_rules` pipe item
 * wherever the spec has rules JSON Schema cannot express. It is a description,
 * not a validator: the preflight schemas (`createSchema`) and `validate()` run
 * the rules.
 *
 * @param spec The payload spec.
 * @param about The parameters' descriptions.
 *
 * @returns The valibot schema.
 */
export function toValibotSchema(spec: PayloadSpec, about: PayloadAbout): v.GenericSchema {
  const root = objectSchema(spec.fields, [], { about, strict: spec.unknownSeverity === 'error' });
  return spec.checks.length > 0 ? pipe(root, uncheckedRules('cross-field')) : root;
}
