import type { Finding } from './rules/finding.ts';
import type { Issue, PathSegment, Report } from './errors/issue.ts';
import type { MessageTable } from './errors/messages/types.ts';
import type { Checker, LocatedFinding } from './engine/types.ts';
import type { CheckContext, PayloadAbout } from './engine/spec/types.ts';
import type { ApiSpec } from './engine/spec/api.ts';
import type { DecodedQuery } from './encoding/query/types.ts';
import type { ValidateOptions } from './validate.ts';
import { PLUS_HINTS, TABLES } from './errors/messages/tables.ts';
import { toIssue } from './errors/toIssue.ts';
import { predictsVendorCode } from './errors/predictsVendorCode.ts';
import { vendorCodeFor } from './engine/spec/vendorCodeFor.ts';
import { suggestName } from './engine/spec/suggestName.ts';
import { decodeQuery } from './encoding/query/decodeQuery.ts';
import { runPreflight } from './preflight/runPreflight.ts';
import { checkOptions, type CheckedOptions } from './checkOptions.ts';
import { TYPE_RULE, typeFinding } from './engine/structuralFindings.ts';
import type { Os } from './rules/finding.ts';

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
  /** The checker of its payload spec (`createChecker`'s: a fresh list each call, which the report takes over). */
  readonly check: Checker;
}

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

/** The check contexts without facts, one per OS: shared, so a call that knows no image allocates none. */
const CONTEXTS: Readonly<Record<Os | 'unknown', CheckContext>> = {
  linux: Object.freeze({ os: 'linux', image: undefined }),
  windows: Object.freeze({ os: 'windows', image: undefined }),
  unknown: Object.freeze({ os: undefined, image: undefined }),
};

const OS_VALUES: readonly unknown[] = [undefined, 'linux', 'windows'];
const LANG_VALUES: readonly unknown[] = [undefined, 'en', 'zh-CN'];
const ENCODING_VALUES: readonly unknown[] = [undefined, 'json', 'query'];

/** A value's position in a list of three (`-1`: none), by comparisons: `indexOf` is a call per option per validate(). */
const positionIn = (values: readonly unknown[], value: unknown): number =>
  value === values[0] ? 0 : value === values[1] ? 1 : value === values[2] ? 2 : -1;

/**
 * The options of the common call, `{ os }` or `{ os, lang }` without facts, read without building the checked copy;
 * anything else (facts, a value outside the documented ones, a read that throws) goes through `checkOptions`, which
 * reads again and throws the TypeError that names the option.
 */
function optionsOf(options: ValidateOptions | undefined): CheckedOptions {
  if (options === undefined) return DEFAULT_OPTIONS;
  try {
    if (typeof options === 'object' && options !== null && !Array.isArray(options)) {
      const { os, lang, encoding, facts } = options;
      const osAt = positionIn(OS_VALUES, os);
      const langAt = positionIn(LANG_VALUES, lang);
      const encodingAt = positionIn(ENCODING_VALUES, encoding);
      if (facts === undefined && osAt >= 0 && langAt >= 0 && encodingAt >= 0) return PRESETS[osAt * 9 + langAt * 3 + encodingAt] as CheckedOptions;
    }
  } catch {
    // checkOptions reads the options again and says which one threw.
  }
  return checkOptions(options);
}

/** Every checked options value without facts, by the positions of its os, lang and encoding in the lists above. */
const PRESETS: readonly CheckedOptions[] = OS_VALUES.flatMap((os) =>
  LANG_VALUES.flatMap((lang) =>
    ENCODING_VALUES.map((encoding) => Object.freeze({ os, lang: lang ?? 'en', encoding: encoding ?? 'json', facts: undefined }) as CheckedOptions),
  ),
);

const DEFAULT_OPTIONS = PRESETS[0] as CheckedOptions;

function isOk(issues: readonly Issue[]): boolean {
  for (let index = 0; index < issues.length; index++) if ((issues[index] as Issue).severity === 'error') return false;
  return true;
}

/**
 * Makes the checker's findings the report's issues, in its own list: the checker returns a fresh list each call
 * that nothing else holds, so each finding is replaced by its issue in place and no second list is built (a valid
 * payload's empty list is returned as it is). A vendor code is looked up only where the issue keeps it. With
 * `sourcePaths`, each issue's path as written is pushed beside it.
 */
function issuesOf(checked: LocatedFinding[], table: MessageTable, about: PayloadAbout, sourcePaths: (readonly PathSegment[])[] | undefined): Issue[] {
  const issues = checked as unknown as Issue[];
  for (let index = 0; index < checked.length; index++) {
    const { finding, path, sourcePath } = checked[index] as LocatedFinding;
    sourcePaths?.push(sourcePath ?? path);
    issues[index] = toIssue(finding, path, table, predictsVendorCode(finding) ? vendorCodeFor(about, finding.rule, path) : undefined);
  }
  return issues;
}

/**
 * Collects a payload's issues: decode (form requests), walk, preflight over the facts, each finding made an issue
 * with its message and vendor code. With `sourcePaths`, each issue's path as written is pushed beside it.
 */
function collect(entry: ValidationEntry, payload: unknown, options: ValidateOptions | undefined, sourcePaths: (readonly PathSegment[])[] | undefined): Issue[] {
  const { os: given, lang, encoding, facts } = optionsOf(options);
  const os = given ?? facts?.image?.os ?? facts?.instance?.os;
  const context: CheckContext = facts === undefined ? CONTEXTS[os ?? 'unknown'] : { os, image: facts.image };
  const decoded = encoding === 'query' ? decode(entry.api, payload) : undefined;
  const input = decoded ? decoded.payload : payload;
  const checked = decoded && input === undefined ? [] : entry.check(input, context);
  const table: MessageTable = TABLES[lang];
  const about = entry.api.about;
  // The common call, a JSON payload without facts: the checker's list is the report's.
  if (decoded === undefined && facts === undefined) return issuesOf(checked, table, about, sourcePaths);
  let issues: Issue[] = [];
  const add = (finding: Finding, path: readonly PathSegment[], source: readonly PathSegment[], vendor = vendorCodeFor(about, finding.rule, path)): void => {
    issues.push(toIssue(finding, path, table, vendor));
    sourcePaths?.push(source);
  };
  if (decoded) {
    const listBase = entry.api.payload.listBase ?? 0;
    for (const located of [decoded.findings, checked]) {
      for (const { finding, path, sourcePath } of located) add(asFormFinding(finding, listBase), path, sourcePath ?? path);
    }
    if (decoded.plusPaths.length > 0) {
      const plus = new Set(decoded.plusPaths.map(pathKey));
      const hint = PLUS_HINTS[lang];
      // Which issue a plus sign may have caused is read off its path as written, whether or not the caller keeps them.
      const sources = sourcePaths ?? [...decoded.findings, ...checked].map(({ path, sourcePath }) => sourcePath ?? path);
      issues.forEach((issue, index) => {
        if (plus.has(pathKey(sources[index] ?? issue.path))) issues[index] = { ...issue, message: `${issue.message} ${hint}` };
      });
    }
  } else {
    issues = issuesOf(checked, table, about, sourcePaths);
  }
  if (facts) {
    const seen = new Map(issues.map((issue, index) => [`${issue.rule}\u0000${pathKey(issue.path)}`, index]));
    for (const { finding, path, vendor } of runPreflight(entry.api, input, facts)) {
      // The payload spec may report the same fault already: as an error through the OS the facts gave, or only
      // as a warning for one OS of two, which the facts now settle.
      const index = seen.get(`${finding.rule}\u0000${pathKey(path)}`);
      if (index === undefined) add(finding, path, path, vendor);
      else if (issues[index]?.severity !== 'error') issues[index] = toIssue(finding, path, table, vendor);
    }
  }
  return issues;
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
  const sourcePaths: (readonly PathSegment[])[] = [];
  const issues = collect(entry, payload, options, sourcePaths);
  return { api: entry.api.id, ok: isOk(issues), issues, sourcePaths };
}

/**
 * Validates a payload as {@link runValidation} does, without the source paths: what `validate()` and
 * `createValidator()` return, built without the intermediate reports.
 *
 * @param entry The API record and its checker.
 * @param payload The request parameters, or with `encoding: 'query'` a request URL, query string or flat map.
 * @param options The OS, wire encoding, message language and known facts.
 * @param id The API id the report names (default: the record's), so a caller that was given the id builds no second report.
 *
 * @returns The report.
 *
 * @throws {TypeError} As {@link runValidation}.
 */
export function runReport<TApi extends string>(
  entry: ValidationEntry & { readonly api: { readonly id: TApi } },
  payload: unknown,
  options?: ValidateOptions,
  id: TApi = entry.api.id,
): Report<TApi> {
  const issues = collect(entry, payload, options, undefined);
  return { api: id, ok: isOk(issues), issues };
}
