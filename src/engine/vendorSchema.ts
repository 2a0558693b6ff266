import type { RuleId } from '../rules/ruleId.ts';
import type { MessageTable } from '../errors/messages/types.ts';
import type { PayloadSpec } from './spec/types.ts';
import type { FormValues } from './types.ts';
import { createSchema, type PreflightSchema, type SchemaOptions } from './createSchema.ts';

/**
 * Vendor schema options interface: the {@link SchemaOptions} of a vendor's
 * schema factory, whose message tables need cover only the rules that
 * vendor's schemas report (`TRule`): the vendor's own `en` and `zhCN`, or the
 * full tables from `instance-preflight/messages/*`. `TForm` is the `form`
 * option's type, which picks the schema's input type.
 */
export interface VendorSchemaOptions<TRule extends RuleId, TForm extends boolean = boolean>
  extends Omit<SchemaOptions, 'messages' | 'form'> {
  /** The message tables the schema may use, e.g. `[en, zhCN]` from the vendor's entry (default: its `en`). */
  readonly messages?: readonly MessageTable<TRule>[];
  /** {@inheritDoc SchemaOptions.form} */
  readonly form?: TForm;
}

/**
 * The input type of a vendor schema: the wire request, or its form values
 * (`FormValues`) with `form: true`; either, when `form` is only known to be a boolean.
 */
export type VendorSchemaInput<TRequest, TForm extends boolean> = [TForm] extends [false]
  ? TRequest
  : [TForm] extends [true]
    ? FormValues<TRequest>
    : TRequest | FormValues<TRequest>;

/**
 * The schema a vendor factory returns: it takes the request (or form values,
 * with `form: true`) and outputs the wire request `TRequest`.
 */
export type VendorSchema<TRequest, TForm extends boolean = false> = PreflightSchema<VendorSchemaInput<TRequest, TForm>, TRequest>;

/**
 * Creates a vendor's schema with the vendor's own message tables: its English
 * table unless the options give tables.
 *
 * @param spec The payload spec.
 * @param english The vendor's English table, for when `options.messages` is absent.
 * @param options The OS, language, message tables, whether warnings fail, and form mode.
 *
 * @returns The schema (Standard Schema v1), typed as the API's request: `TRequest` must be the spec's request type.
 */
// @__NO_SIDE_EFFECTS__
export function createVendorSchema<TRequest, TRule extends RuleId, TForm extends boolean>(
  spec: PayloadSpec,
  english: MessageTable<TRule>,
  options: VendorSchemaOptions<TRule, TForm>,
): VendorSchema<TRequest, TForm> {
  // The spec and TRequest describe the same parameters: each vendor's request test holds them to each other.
  return createSchema(spec, { ...options, messages: options.messages ?? [english] }) as unknown as VendorSchema<TRequest, TForm>;
}
