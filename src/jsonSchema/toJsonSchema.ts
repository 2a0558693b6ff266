import { toJsonSchema as convert, type JsonSchema } from '@valibot/to-json-schema';
import type { Os } from '../rules/finding.ts';
import type { FieldMap, FieldSpec } from '../engine/spec/types.ts';
import type { ApiSpec } from '../engine/spec/api.ts';
import { findApi, type ApiId } from '../apis.ts';
import { toValibotSchema } from './toValibotSchema.ts';

/** The annotation that lists, on a property, the rules this JSON Schema does not express. */
export const UNCHECKED = 'x-instance-preflight-unchecked';

/** JSON Schema export options interface. */
export interface JsonSchemaOptions {
  /** The target image's OS (the structure does not depend on it; it is recorded on the schema). */
  readonly os?: Os;
  /** The JSON Schema dialect (default `draft-2020-12`). */
  readonly target?: 'draft-2020-12' | 'openapi-3.0';
}

/** Draft 04 (and so OpenAPI 3.0) forbids an empty `required`; no draft needs one. */
function dropEmptyRequired(schema: unknown): void {
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as Record<string, unknown>;
  if (Array.isArray(node['required']) && node['required'].length === 0) delete node['required'];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) dropEmptyRequired(item);
    else dropEmptyRequired(value);
  }
}

/**
 * An optional object whose parameters include required ones: an empty object
 * counts as absent (docs/design-decisions.md#empty-values), so `{}` passes as well as the full shape.
 */
function allowEmpty(fields: FieldMap, schema: JsonSchema): void {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return;
  for (const name in fields) {
    const field = fields[name] as FieldSpec;
    const property = properties[name];
    if (!property) continue;
    if (field.type === 'array' && field.items.type === 'object') allowEmpty(field.items.fields, property.items as JsonSchema);
    if (field.type !== 'object') continue;
    allowEmpty(field.fields, property);
    if (!field.required && (property.required?.length ?? 0) > 0) {
      const { description, [UNCHECKED]: unchecked, ...shape } = property as JsonSchema & Record<string, unknown>;
      properties[name] = {
        ...(description === undefined ? {} : { description }),
        ...(unchecked === undefined ? {} : { [UNCHECKED]: unchecked }),
        anyOf: [{ type: 'object', maxProperties: 0 }, shape],
      } as JsonSchema;
    }
  }
}

type Target = NonNullable<JsonSchemaOptions['target']>;

/** One schema node also accepts `null`: a type list in 2020-12, OpenAPI 3.0's `nullable`; an enumeration lists `null` too. */
function acceptNull(node: JsonSchema & Record<string, unknown>, target: Target): void {
  if (target === 'openapi-3.0') node['nullable'] = true;
  else node.type = [node.type as string, 'null'] as never;
  if (Array.isArray(node.enum)) node.enum = [...node.enum, null];
}

/**
 * `null` counts as absent at every depth (docs/design-decisions.md#empty-values): every optional parameter
 * accepts it, and so does an unknown key where unknown keys are errors. A required one does not: its `null` is
 * a missing parameter in `validate()` too. Runs after {@link allowEmpty}, whose empty-object branch takes it.
 */
function allowNull(fields: FieldMap, schema: JsonSchema, target: Target): void {
  const properties = schema.properties as Record<string, JsonSchema & Record<string, unknown>> | undefined;
  if (!properties) return;
  if (schema.additionalProperties === false) schema.additionalProperties = target === 'openapi-3.0' ? { enum: [null] } : { type: 'null' };
  for (const name in fields) {
    const field = fields[name] as FieldSpec;
    const property = properties[name];
    if (!property) continue;
    const anyOf = property.anyOf as (JsonSchema & Record<string, unknown>)[] | undefined;
    const shape = anyOf ? (anyOf[1] as JsonSchema) : property;
    if (field.type === 'object') allowNull(field.fields, shape, target);
    if (field.type === 'array' && field.items.type === 'object') allowNull(field.items.fields, shape.items as JsonSchema, target);
    if (!field.required) acceptNull(anyOf ? (anyOf[0] as JsonSchema & Record<string, unknown>) : property, target);
  }
}

/**
 * Exports an API's payload as JSON Schema through `@valibot/to-json-schema`.
 * Exact for the structural rules (JSON types, required and unknown
 * parameters, enumerations, list sizes; `null`, an empty list or object
 * counts as absent); the value and cross-field rules JSON Schema cannot express are
 * listed on the property they apply to under
 * `x-instance-preflight-unchecked` (`field` or `cross-field`), never dropped
 * in silence. Warnings are not part of it: a schema accepts what the API
 * accepts. Conversion runs with `errorMode: 'throw'`, so a rule the converter
 * does not know fails the export instead of vanishing.
 *
 * @param api The API id, or an API record defined outside the package (`instance-preflight/define`).
 * @param options The OS and the target dialect.
 *
 * @returns The JSON Schema.
 *
 * @throws {TypeError} When `api` is an id but not a known API id.
 */
export function toJsonSchema(api: ApiId | ApiSpec<string, string>, options: JsonSchemaOptions = {}): JsonSchema {
  const spec = typeof api === 'string' ? findApi(api) : api;
  if (!spec) throw new TypeError(`Unknown API id "${String(api)}".`);
  const schema = convert(toValibotSchema(spec.payload, spec.about), {
    target: options.target ?? 'draft-2020-12',
    errorMode: 'throw',
    overrideAction: ({ valibotAction, jsonSchema }) => {
      if (valibotAction.type !== 'preflight_rules') return undefined;
      const kind = (valibotAction as { requirement?: unknown }).requirement as string;
      const listed = ((jsonSchema as Record<string, unknown>)[UNCHECKED] as string[] | undefined) ?? [];
      return { ...jsonSchema, [UNCHECKED]: [...listed, kind] } as JsonSchema;
    },
  });
  dropEmptyRequired(schema);
  allowEmpty(spec.payload.fields, schema);
  allowNull(spec.payload.fields, schema, options.target ?? 'draft-2020-12');
  return {
    ...schema,
    title: spec.id,
    description: `${spec.vendor} ${spec.action}${spec.version ? ` (${spec.version})` : ''}${options.os ? `, ${options.os} image` : ''}. ${spec.doc}`,
  };
}
