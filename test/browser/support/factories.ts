import { fileURLToPath } from 'node:url';
import type { PreflightSchema } from '../../../src/engine/createSchema.ts';
import type { VendorSchemaOptions } from '../../../src/engine/vendorSchema.ts';
import type { RuleId } from '../../../src/rules/ruleId.ts';
import { apis, type ApiId } from '../../../src/apis.ts';
import { vendorEntries } from '../../../scripts/vendorEntries.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A vendor entry's schema factory. */
type Factory = (options: VendorSchemaOptions<RuleId>) => PreflightSchema;

const MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = Object.fromEntries(
  await Promise.all(vendorEntries().map(async ({ vendor, source }) => [vendor, (await import(`${ROOT}/${source}`)) as Record<string, unknown>] as const)),
);

/** Each API's schema factory, as its vendor entry exports it under the record's `formFactory` name. */
export const FACTORIES = Object.fromEntries(apis.map((api) => [api.id, MODULES[api.vendor]?.[api.formFactory] as Factory])) as Readonly<
  Record<ApiId, Factory>
>;
