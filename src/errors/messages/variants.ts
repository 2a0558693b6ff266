import type { RuleFamily } from '../../engine/spec/types.ts';
import type { RuleId } from '../../rules/ruleId.ts';

/**
 * The rules whose message dispatches on a finding parameter: each variant's
 * message, by the name both language modules (`./en.ts`, `./zhCN.ts`) export
 * it under. A vendor table whose findings of such a rule take one shape only
 * holds that variant, so a bundle carries no other shape's text. Any other
 * rule's message is the module's export named after the rule id
 * (`hostname/all-digits` -> `hostnameAllDigits`).
 */
export const MESSAGE_VARIANTS = {
  'parameter/type': { json: 'parameterTypeJson', query: 'parameterTypeQuery' },
  'parameter/unknown': { remove: 'parameterUnknownRemove', suggestion: 'parameterUnknownSuggestion' },
  'identifier/format': { shaped: 'identifierFormatShaped', 'lower-alnum': 'identifierFormatLowerAlnum' },
  'password/charset': { invalid: 'passwordCharsetInvalid', disputed: 'passwordCharsetDisputed', first: 'passwordCharsetFirst' },
  'system-disk/size': { positive: 'systemDiskSizePositive', range: 'systemDiskSizeRange' },
  'userdata/size': {
    'encoded-chars': 'userdataSizeEncodedChars',
    'decoded-bytes': 'userdataSizeDecodedBytes',
    'utf8-bytes': 'userdataSizeUtf8Bytes',
  },
} as const satisfies Partial<Record<RuleId, Readonly<Record<string, string>>>>;

/** A rule id with more than one message variant. */
export type VariantRule = keyof typeof MESSAGE_VARIANTS;

/** The rule names of one family: `password` -> `'length' | 'charset' | ...`. */
type RuleNames<TFamily extends string, TRule = RuleId> = TRule extends `${TFamily}/${infer Name}` ? Name : never;

/**
 * Schema reports interface: what a vendor's schemas report beyond the walk's
 * structural checks, declared once in `src/schemas/<vendor>/messages/reports.ts`.
 * `npm run messages:vendors` reads it, with the payload specs of the vendor's
 * API records, and writes the vendor's message tables (`./tables.ts` beside it).
 */
export interface SchemaReports {
  /** The rules the specs' checks can report, by family: `{ password: ['length', 'charset'] }`. */
  readonly rules: { readonly [TFamily in RuleFamily]?: readonly RuleNames<TFamily>[] };
  /** Where the vendor's findings of a rule take one shape only: that variant (the reason beside it, in the declaration). */
  readonly variants?: { readonly [TRule in VariantRule]?: keyof (typeof MESSAGE_VARIANTS)[TRule] };
}
