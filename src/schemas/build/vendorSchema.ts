import type { RuleId } from '../../rules/ruleId.ts';
import type { MessageTable } from '../../errors/messages/types.ts';
import type { PayloadSpec } from '../spec/types.ts';
import { createSchema, type PreflightSchema, type SchemaOptions } from './createSchema.ts';

/**
 * Vendor schema options interface: the {@link SchemaOptions} of a vendor's
 * schema factory, whose message tables need cover only the rules that
 * vendor's schemas report (`TRule`): the vendor's own `en` and `zhCN`, or the
 * full tables from `instance-preflight/messages/*`.
 */
export interface VendorSchemaOptions<TRule extends RuleId> extends Omit<SchemaOptions, 'messages'> {
  /** The message tables the schema may use, e.g. `[en, zhCN]` from the vendor's entry (default: its `en`). */
  readonly messages?: readonly MessageTable<TRule>[];
}

/**
 * Creates a vendor's schema with the vendor's own message tables: its English
 * table unless the options give tables.
 *
 * @param spec The payload spec.
 * @param english The vendor's English table, for when `options.messages` is absent.
 * @param options The OS, language, message tables, whether warnings fail, and form mode.
 *
 * @returns The schema (Standard Schema v1).
 */
// @__NO_SIDE_EFFECTS__
export function createVendorSchema<TRule extends RuleId>(
  spec: PayloadSpec,
  english: MessageTable<TRule>,
  options: VendorSchemaOptions<TRule>,
): PreflightSchema {
  return createSchema(spec, { ...options, messages: options.messages ?? [english] });
}
