import type { Report } from './errors/issue.ts';
import type { ApiSpec } from './engine/spec/api.ts';
import type { ValidateOptions } from './validate.ts';
import { createChecker } from './engine/createChecker.ts';
import { suggestName } from './engine/spec/suggestName.ts';
import { isShowableKey } from './errors/isShowableKey.ts';
import { runReport } from './runValidation.ts';

/** Validator type: validates one API's payloads as `validate()` does for a built-in API. */
export type Validator<TApi extends string = string> = (payload: unknown, options?: ValidateOptions) => Report<TApi>;

/**
 * Creates the `validate()` of an API record that is not in the package's API
 * list, such as one a third party defines with `instance-preflight/define`.
 * The checker is built once; each call decodes (with `encoding: 'query'`),
 * walks the payload spec, runs the record's preflight rules over the facts
 * given, and reports as `validate()` does, never throwing on the payload.
 *
 * @example
 * ```ts
 * import { createValidator } from 'instance-preflight/define';
 *
 * const validateRebuild = createValidator(MY_REBUILD_API);
 * validateRebuild({ ServerId: 'srv-1' }, { os: 'linux' }).ok;
 * ```
 *
 * @param api The API record.
 *
 * @returns The validator: `(payload, options) => Report`.
 */
export function createValidator<TApi extends string>(api: ApiSpec<TApi, string>): Validator<TApi> {
  const entry = { api, check: createChecker(api.payload, { suggest: suggestName, quote: isShowableKey }) };
  return (payload, options) => runReport(entry, payload, options);
}
