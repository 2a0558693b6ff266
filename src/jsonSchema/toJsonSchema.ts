import { toJsonSchema as convert, type JsonSchema } from '@valibot/to-json-schema';
import type { Os } from '../rules/finding.ts';
import type { FieldMap, FieldSpec } from '../schemas/spec/types.ts';
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

/**
 * Exports an API's payload as JSON Schema through `@valibot/to-json-schema`.
 * Exact for the structural rules (JSON types, required and unknown
 * parameters, enumerations, list sizes; an empty list or object counts as
 * absent); the value and cross-field rules JSON Schema cannot express are
 * listed on the property they apply to under
 * `x-instance-preflight-unchecked` (`field` or `cross-field`), never dropped
 * in silence. Warnings are not part of it: a schema accepts what the API
 * accepts. Conversion runs with `errorMode: 'throw'`, so a rule the converter
 * does not know fails the export instead of vanishing.
 *
 * @param api The API id.
 * @param options The OS and the target dialect.
 *
 * @returns The JSON Schema.
 *
 * @throws {TypeError} When `api` is not a known API id.
 */
export function toJsonSchema(api: ApiId, options: JsonSchemaOptions = {}): JsonSchema {
  const spec = findApi(api);
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
  return {
    ...schema,
    title: spec.id,
    description: `${spec.vendor} ${spec.action}${spec.version ? ` (${spec.version})` : ''}${options.os ? `, ${options.os} image` : ''}. ${spec.doc}`,
  };
}
