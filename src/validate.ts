import type { Finding, Os } from './rules/finding.ts';
import type { Issue, Lang, PathSegment, Report } from './errors/issue.ts';
import type { MessageTable } from './errors/messages/types.ts';
import type { Checker, LocatedFinding } from './schemas/build/types.ts';
import type { CheckContext } from './schemas/spec/types.ts';
import type { ApiSpec } from './schemas/spec/api.ts';
import type { Facts } from './preflight/facts.ts';
import type { DecodedQuery } from './encoding/query/types.ts';
import { apis, findApi, type ApiId } from './apis.ts';
import { createChecker } from './schemas/build/createChecker.ts';
import { EN_PLUS_HINT, en } from './errors/messages/en.ts';
import { ZH_CN_PLUS_HINT, zhCN } from './errors/messages/zhCN.ts';
import { toIssue } from './errors/toIssue.ts';
import { vendorCodeFor } from './schemas/spec/vendorCodeFor.ts';
import { suggestName } from './schemas/spec/suggestName.ts';
import { isPlainObject } from './schemas/spec/values.ts';
import { decodeQuery } from './encoding/query/decodeQuery.ts';
import { TENCENT_SIGNATURE_PARAMETERS } from './schemas/tencent/policies.ts';
import { runPreflight } from './preflight/runPreflight.ts';

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

const TABLES: Readonly<Record<Lang, MessageTable>> = { en, 'zh-CN': zhCN };

const PLUS_HINTS: Readonly<Record<Lang, string>> = { en: EN_PLUS_HINT, 'zh-CN': ZH_CN_PLUS_HINT };

const checkers = new Map<string, { readonly api: ApiSpec; readonly check: Checker }>();

function entryFor(id: string): { readonly api: ApiSpec; readonly check: Checker } {
  const cached = checkers.get(id);
  if (cached) return cached;
  const api = findApi(id);
  if (!api) throw new TypeError(`Unknown API id "${String(id)}". Known ids: ${apis.map((known) => known.id).join(', ')}.`);
  const entry = { api, check: createChecker(api.payload, { suggest: suggestName }) };
  checkers.set(id, entry);
  return entry;
}

/** A payload whose own getters throw (a Proxy, say) is not JSON; report it rather than throw. */
function run(check: Checker, payload: unknown, context: CheckContext): LocatedFinding[] {
  try {
    return check(payload, context);
  } catch {
    return [{ finding: { rule: 'parameter/type', params: { expected: 'object' } }, path: [] }];
  }
}

const pathKey = (path: readonly PathSegment[]): string => path.join('\u0000');

/** Decodes a form request; a throwing getter on a map value is reported, never thrown. */
function decode(api: ApiSpec, input: unknown): DecodedQuery {
  if (api.wire === 'json') {
    throw new TypeError(`API "${api.id}" takes a JSON body only; encoding 'query' applies to APIs whose wire is 'query' or 'json-or-query'.`);
  }
  try {
    return decodeQuery(input, api.payload, api.vendor === 'tencent' ? TENCENT_SIGNATURE_PARAMETERS : []);
  } catch {
    return { payload: undefined, findings: [{ finding: { rule: 'parameter/type', params: { expected: 'query' } }, path: [] }], plusPaths: [] };
  }
}

/** In a form request a wrong type is fixed in text, so its message says how to write the value there. */
function asFormFinding(finding: Finding): Finding {
  return finding.rule === 'parameter/type' ? { ...finding, params: { ...finding.params, encoding: 'query' } } : finding;
}

/**
 * Validates a request payload against one vendor API's documented rules.
 * Never throws on any payload and never mutates it.
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
 * @throws {TypeError} When `api` is not a known API id, or `encoding` is `query` for an API that takes JSON only
 * (programming errors, not bad data).
 */
export function validate<TApi extends ApiId>(api: TApi, payload: unknown, options: ValidateOptions = {}): Report<TApi> {
  const entry = entryFor(api);
  const facts = options.facts;
  const os = options.os ?? facts?.image?.os ?? facts?.instance?.os;
  const context: CheckContext = { os, imageCategory: facts?.image?.category };
  const lang = options.lang ?? 'en';
  const table = TABLES[lang] ?? en;
  const decoded = options.encoding === 'query' ? decode(entry.api, payload) : undefined;
  const input = decoded ? decoded.payload : payload;
  const issues: Issue[] = [];
  let ok = true;
  const add = (finding: Finding, path: readonly PathSegment[], vendor = vendorCodeFor(entry.api.about, finding.rule, path)): void => {
    const issue = toIssue(finding, path, table, vendor);
    if (issue.severity === 'error') ok = false;
    issues.push(issue);
  };
  if (decoded) {
    const plus = new Set(decoded.plusPaths.map(pathKey));
    const checked = input === undefined ? [] : run(entry.check, input, context);
    for (const { finding, path } of [...decoded.findings, ...checked]) add(asFormFinding(finding), path);
    if (plus.size > 0) {
      const hint = PLUS_HINTS[lang] ?? EN_PLUS_HINT;
      issues.forEach((issue, index) => {
        if (plus.has(pathKey(issue.path))) issues[index] = { ...issue, message: `${issue.message} ${hint}` };
      });
    }
  } else {
    for (const { finding, path } of run(entry.check, input, context)) add(finding, path);
  }
  if (facts && isPlainObject(input)) {
    const seen = new Map(issues.map((issue, index) => [`${issue.rule}\u0000${pathKey(issue.path)}`, index]));
    for (const { finding, path, vendor } of runPreflight(api, input, facts)) {
      // The payload spec may report the same fault already: as an error through the OS the facts gave, or only
      // as a warning for one OS of two, which the facts now settle.
      const index = seen.get(`${finding.rule}\u0000${pathKey(path)}`);
      if (index === undefined) add(finding, path, vendor);
      else if (issues[index]?.severity !== 'error') {
        issues[index] = toIssue(finding, path, table, vendor);
        if (issues[index].severity === 'error') ok = false;
      }
    }
  }
  return { api, ok, issues };
}
