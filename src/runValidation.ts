import type { Finding } from './rules/finding.ts';
import type { Issue, PathSegment, Report } from './errors/issue.ts';
import type { MessageTable } from './errors/messages/types.ts';
import type { Checker } from './engine/types.ts';
import type { CheckContext } from './engine/spec/types.ts';
import type { ApiSpec } from './engine/spec/api.ts';
import type { DecodedQuery } from './encoding/query/types.ts';
import type { ValidateOptions } from './validate.ts';
import { EN_PLUS_HINT, en } from './errors/messages/en.ts';
import { ZH_CN_PLUS_HINT, zhCN } from './errors/messages/zhCN.ts';
import { toIssue } from './errors/toIssue.ts';
import { vendorCodeFor } from './engine/spec/vendorCodeFor.ts';
import { suggestName } from './engine/spec/suggestName.ts';
import { decodeQuery } from './encoding/query/decodeQuery.ts';
import { runPreflight } from './preflight/runPreflight.ts';
import { checkOptions } from './checkOptions.ts';
import { TYPE_RULE, typeFinding } from './engine/structuralFindings.ts';

/** Located report interface: a report, and where each issue is in the payload as written. */
export interface LocatedReport<TApi extends string = string> extends Report<TApi> {
  /**
   * Per issue (same index), the wire path with every key as written, where the issue's own path hides an
   * untrusted key (`<redacted key N>`). For locating the issue in a request's source text only (the CLI):
   * it may hold text split off a password, so it is never printed.
   */
  readonly sourcePaths: readonly (readonly PathSegment[])[];
}

/** Validation entry interface: an API record and the checker built from its payload spec. */
export interface ValidationEntry {
  /** The API record. */
  readonly api: ApiSpec<string, string>;
  /** The checker of its payload spec. */
  readonly check: Checker;
}

const TABLES = { en, 'zh-CN': zhCN } as const;

const PLUS_HINTS = { en: EN_PLUS_HINT, 'zh-CN': ZH_CN_PLUS_HINT } as const;

const pathKey = (path: readonly PathSegment[]): string => path.join('\u0000');

/** Decodes a form request; a throwing getter on a map value is reported, never thrown. */
function decode(api: ApiSpec<string, string>, input: unknown): DecodedQuery {
  if (api.wire === 'json') {
    throw new TypeError(`API "${api.id}" takes a JSON body only; encoding 'query' applies to APIs whose wire is 'query' or 'json-or-query'.`);
  }
  try {
    return decodeQuery(input, api.payload, api.transportParameters ?? [], suggestName);
  } catch {
    return { payload: undefined, findings: [{ finding: typeFinding('query'), path: [] }], plusPaths: [] };
  }
}

/**
 * In a form request a wrong type is fixed in text, so its message says how to write the value there (with
 * the API's first list index where its lists do not start at 0).
 */
function asFormFinding(finding: Finding, listBase: 0 | 1): Finding {
  if (finding.rule !== TYPE_RULE) return finding;
  return { ...finding, params: { ...finding.params, encoding: 'query', ...(listBase === 0 ? {} : { first: listBase }) } };
}

/**
 * Validates a payload against one API record with its checker: the one
 * implementation behind `validate()` (built-in APIs, by id) and
 * `createValidator()` (any API record). Internal: not exported from the package.
 *
 * @param entry The API record and its checker.
 * @param payload The request parameters, or with `encoding: 'query'` a request URL, query string or flat map.
 * @param options The OS, wire encoding, message language and known facts.
 *
 * @returns The report and the source path of each issue.
 *
 * @throws {TypeError} When an option or fact is outside its documented type, or `encoding` is `query` for an
 * API that takes JSON only.
 */
export function runValidation(entry: ValidationEntry, payload: unknown, options?: ValidateOptions): LocatedReport {
  const { os: given, lang, encoding, facts } = checkOptions(options);
  const os = given ?? facts?.image?.os ?? facts?.instance?.os;
  const context: CheckContext = { os, image: facts?.image };
  const table: MessageTable = TABLES[lang];
  const decoded = encoding === 'query' ? decode(entry.api, payload) : undefined;
  const input = decoded ? decoded.payload : payload;
  const issues: Issue[] = [];
  const sourcePaths: (readonly PathSegment[])[] = [];
  let ok = true;
  const add = (finding: Finding, path: readonly PathSegment[], source: readonly PathSegment[], vendor = vendorCodeFor(entry.api.about, finding.rule, path)): void => {
    const issue = toIssue(finding, path, table, vendor);
    if (issue.severity === 'error') ok = false;
    issues.push(issue);
    sourcePaths.push(source);
  };
  if (decoded) {
    const checked = input === undefined ? [] : entry.check(input, context);
    for (const located of [decoded.findings, checked]) {
      for (const { finding, path, sourcePath } of located) add(asFormFinding(finding, entry.api.payload.listBase ?? 0), path, sourcePath ?? path);
    }
    if (decoded.plusPaths.length > 0) {
      const plus = new Set(decoded.plusPaths.map(pathKey));
      const hint = PLUS_HINTS[lang];
      issues.forEach((issue, index) => {
        if (plus.has(pathKey(sourcePaths[index] ?? issue.path))) issues[index] = { ...issue, message: `${issue.message} ${hint}` };
      });
    }
  } else {
    for (const { finding, path, sourcePath } of entry.check(input, context)) add(finding, path, sourcePath ?? path);
  }
  if (facts) {
    const seen = new Map(issues.map((issue, index) => [`${issue.rule}\u0000${pathKey(issue.path)}`, index]));
    for (const { finding, path, vendor } of runPreflight(entry.api, input, facts)) {
      // The payload spec may report the same fault already: as an error through the OS the facts gave, or only
      // as a warning for one OS of two, which the facts now settle.
      const index = seen.get(`${finding.rule}\u0000${pathKey(path)}`);
      if (index === undefined) add(finding, path, path, vendor);
      else if (issues[index]?.severity !== 'error') {
        issues[index] = toIssue(finding, path, table, vendor);
        if (issues[index].severity === 'error') ok = false;
      }
    }
  }
  return { api: entry.api.id, ok, issues, sourcePaths };
}
