import type { Os } from './rules/finding.ts';
import type { Lang, Report } from './errors/issue.ts';
import type { Facts } from './preflight/facts.ts';
import type { ApiId } from './apis.ts';
import { validateReport } from './validateLocated.ts';

export type { Facts } from './preflight/facts.ts';

/** Validate options interface. */
export interface ValidateOptions {
  /** The target image's OS; absent = unknown (OS-dependent rules run for both). */
  readonly os?: Os;
  /** The message language (default `en`). */
  readonly lang?: Lang;
  /**
   * How the payload travels: `json` (default) is the request's parameter
   * object; `query` is a form request (a request URL, a query string, or a flat
   * map of decoded strings with flattened keys such as `LoginSettings.KeyIds.0`),
   * accepted only by APIs whose wire form allows it (`ApiSpec.wire` `query` or
   * `json-or-query`).
   */
  readonly encoding?: 'json' | 'query';
  /** What is known about the instance and image; `facts.image.os`, else `facts.instance.os`, stands in for `os`. */
  readonly facts?: Facts;
}

/**
 * Validates a request payload against one vendor API's documented rules.
 * Never throws on any payload (a hostile object, a throwing getter or a
 * revoked Proxy is a `parameter/type` issue) and never mutates it. A key the
 * API lacks is quoted only when it is near a parameter name; any other is
 * `<redacted key N>` in the path and unnamed in the message, since it may be
 * text split off a password.
 *
 * @example
 * ```ts
 * import { validate } from 'instance-preflight';
 *
 * const report = validate('tencent.cvm.ResetInstance', {
 *   InstanceId: 'ins-r8hr2upy',
 *   LoginSettings: { Password: 'short' },
 * }, { os: 'linux' });
 * // report.ok === false; report.issues[0].rule === 'password/length'
 * ```
 *
 * With `encoding: 'query'` the input is a form request, decoded as the
 * server decodes `application/x-www-form-urlencoded`:
 *
 * ```ts
 * validate('tencent.cvm.ResetInstance@api2',
 *   'https://cvm.api.qcloud.com/v2/index.php?Action=ResetInstance&Version=2017-03-12'
 *   + '&InstanceId=ins-r8hr2upy&LoginSettings.Password=Qcloud%40TestApi123%2B%2B',
 *   { encoding: 'query' }).ok; // true
 * ```
 *
 * @param api The API id, e.g. `tencent.cvm.ResetInstance`.
 * @param payload The request parameters as the vendor SDK models them; with `encoding: 'query'`, a request URL, query string or flat string map.
 * @param options The OS, wire encoding, message language and known facts.
 *
 * @returns The report: every issue, with rule id, wire path, message and vendor code.
 *
 * @throws {TypeError} When `api` is not a known API id; when an option is outside its documented values
 * (`os` other than `'linux'` / `'windows'`, `lang` other than `'en'` / `'zh-CN'`, `encoding` other than
 * `'json'` / `'query'`, `options` not an object) or a fact is not of its documented type; or when `encoding`
 * is `query` for an API that takes JSON only. These are programming errors, not bad data: the message names
 * the option and what it accepts.
 */
export function validate<TApi extends ApiId>(api: TApi, payload: unknown, options?: ValidateOptions): Report<TApi> {
  return validateReport(api, payload, options);
}
