import type { ApiId } from '../apis.ts';
import type { Facts } from '../preflight/facts.ts';
import type { DescribeFailure, GuardOptions, PreflightOutcome } from './types.ts';
import { validate } from '../validate.ts';
import { PreflightError } from './PreflightError.ts';

/** The facts a vendor's describe calls gave, and the calls that failed. */
export interface Described {
  readonly facts: Facts;
  readonly failures: readonly DescribeFailure[];
}

/**
 * Validates one reset/rebuild request before it is sent: gathers the facts
 * the options ask for, runs `validate()`, and refuses a request with an error.
 *
 * @param api The API id.
 * @param payload The request's parameters as the wire carries them.
 * @param request The request as the caller gave it, for a facts function.
 * @param options The guard options.
 * @param describe Asks the vendor's describe APIs, for `facts: 'describe'`.
 * @param encoding How `payload` is read: `json` (default), or `query` for a flat map of wire strings (an RPC-style SDK's parameters as sent).
 *
 * @returns The outcome: the report (no error) and the failed describe calls.
 *
 * @throws {PreflightError} When the report has an error.
 * @throws {TypeError} When an option is outside its documented values (as `validate()` throws).
 */
export async function preflightCall<TRequest>(
  api: ApiId,
  payload: unknown,
  request: TRequest,
  options: GuardOptions<TRequest>,
  describe: () => Promise<Described>,
  encoding: 'json' | 'query' = 'json',
): Promise<PreflightOutcome> {
  const given = options.facts;
  const described = given === 'describe' ? await describe() : { facts: typeof given === 'function' ? await given(request) : given, failures: [] };
  const report = validate(api, payload, {
    encoding,
    ...(options.os !== undefined ? { os: options.os } : {}),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    ...(described.facts !== undefined ? { facts: described.facts } : {}),
  });
  if (!report.ok) throw new PreflightError(report);
  return { report, describeFailures: described.failures };
}
