import type { Os } from '../../rules/finding.ts';
import type { Lang } from '../../errors/issue.ts';
import type { PathSegment } from '../../errors/issue.ts';
import type { LintMessage, ParsedFile, SourceRequest, SyntaxProblem } from '../types.ts';
import type { MessageTable } from '../../errors/messages/types.ts';
import type { ApiId } from '../../apis.ts';
import { TABLES } from '../../errors/messages/tables.ts';
import { runValidation } from '../../runValidation.ts';
import { validateLocated } from '../../validateLocated.ts';
import { detectApi } from '../detect/detectApi.ts';
import { duplicateMessages } from '../detect/duplicateMessages.ts';
import { suggestApi } from '../detect/suggestApi.ts';
import { toPointer } from '../locate/toPointer.ts';
import { MAX_REQUESTS_PER_FILE } from '../readers/maxRequests.ts';
import { cliMessage, FILE_START } from './cliMessage.ts';
import { BUILT_IN_APIS, type LintApis } from './lintApis.ts';

/**
 * The most findings reported per request: a 260 KB list of zeros holds 130,000 bad elements, and one
 * `lint/truncated` finding says the rest were left out, so output stays proportional to what can be fixed.
 */
export const MAX_FINDINGS_PER_REQUEST = 1_000;

/** Lint settings interface: what decides each request's API, OS and message language. */
export interface LintSettings {
  /** The API from `--api`: beats everything. */
  readonly api?: string;
  /** The API from the config file for this file: used when the request has no `$api`. */
  readonly configApi?: string;
  /** The target OS (`--os`, else the config). */
  readonly os?: Os;
  /** The message language. */
  readonly lang: Lang;
  /** The APIs known to the run (default: the package's; a config's `apis` modules add theirs). */
  readonly apis?: LintApis;
}

const API_KEY = '$api';

/** The messages of a clean file: one frozen list shared by every such file, so the run keeps none of its own. */
const NO_MESSAGES: readonly LintMessage[] = Object.freeze([]);

/** The request's own `$api` key, if it is an object that has one. */
const hasApiKey = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, API_KEY);

/**
 * Splits a request into its `$api` value and the payload without it (the key names the API for the linter
 * and is never sent to the vendor): one object rest, the engine's own copy of the parsed object's own keys
 * in their order, which keeps `__proto__` a key (rest defines, it does not assign).
 */
function splitApiKey(value: Record<string, unknown>): { readonly given: unknown; readonly payload: Record<string, unknown> } {
  const { [API_KEY]: given, ...payload } = value;
  return { given, payload };
}

/** The JSON Pointer of a path inside a request, which sits at `prefix` in its file. */
const pointerOf = (prefix: readonly PathSegment[], path: readonly PathSegment[]): string => (prefix.length === 0 ? toPointer(path) : toPointer([...prefix, ...path]));

/** A path as the wire names it: a query's list elements counted from the API's `listBase` (Alibaba `Arn.1` is the payload's `Arn[0]`). */
const onWire = (path: readonly PathSegment[], listBase: number): readonly PathSegment[] =>
  listBase === 0 ? path : path.map((segment) => (typeof segment === 'number' ? segment + listBase : segment));

/** Lints one request, appending its messages to the file's. */
function lintRequest(request: SourceRequest, settings: LintSettings, table: MessageTable, known: LintApis, messages: LintMessage[]): void {
  const split = hasApiKey(request.value) ? splitApiKey(request.value) : undefined;
  const payload = split ? split.payload : request.value;
  let id = settings.api;
  if (id === undefined && split) {
    const { given } = split;
    if (typeof given !== 'string' || !known.ids.includes(given)) {
      const suggestion = typeof given === 'string' ? suggestApi(given, known.ids) : undefined;
      const params = { given: true, candidates: known.ids, ...(suggestion ? { suggestion } : {}) };
      messages.push(cliMessage('lint/api-unknown', params, request.locate([API_KEY]), pointerOf(request.prefix, [API_KEY]), table));
      return;
    }
    id = given;
  }
  id ??= settings.configApi;
  if (id === undefined) {
    const detection = detectApi(known.all, payload, request.encoding, request.url);
    if ('candidates' in detection) {
      messages.push(cliMessage('lint/api-unknown', { candidates: detection.candidates }, request.locate([]), pointerOf(request.prefix, []), table));
      return;
    }
    id = detection.api;
  }
  const external = known.external.get(id);
  const spec = external ? external.api : known.byId.get(id);
  const wire = spec?.wire;
  const encoding: 'json' | 'query' = request.encoding === 'query' && wire !== 'json' ? 'query' : 'json';
  const listBase = encoding === 'query' ? (spec?.payload.listBase ?? 0) : 0;
  const options = settings.os ? { lang: settings.lang, encoding, os: settings.os } : { lang: settings.lang, encoding };
  const { issues, sourcePaths } = external ? runValidation(external, payload, options) : validateLocated(id as ApiId, payload, options);
  const shown = Math.min(issues.length, MAX_FINDINGS_PER_REQUEST);
  for (let at = 0; at < shown; at++) {
    const issue = issues[at];
    if (!issue) continue;
    // The source path (keys as written) only finds the position; what is printed is the issue's own path,
    // where an untrusted key is a placeholder, as it may hold part of a secret.
    messages.push({
      ruleId: issue.rule,
      severity: issue.severity,
      message: issue.message,
      ...request.locate(onWire(sourcePaths[at] ?? issue.path, listBase)),
      pointer: pointerOf(request.prefix, issue.path),
      vendorCode: issue.vendor?.code ?? null,
    });
  }
  if (issues.length > MAX_FINDINGS_PER_REQUEST) {
    messages.push(cliMessage('lint/truncated', { what: 'findings', max: MAX_FINDINGS_PER_REQUEST }, request.locate([]), pointerOf(request.prefix, []), table));
  }
}

/** Orders two places in a file: document and element indexes, compared in turn. */
function comparePrefixes(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  for (let at = 0; at < Math.min(a.length, b.length); at++) {
    const difference = Number(a[at]) - Number(b[at]);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/**
 * Applies the per-file cap: a reader gives at most one request or problem past it, which is dropped and
 * stands for the rest of the file.
 */
function capped(file: ParsedFile): { requests: readonly SourceRequest[]; problems: readonly SyntaxProblem[]; past?: SourceRequest | SyntaxProblem } {
  const { requests, problems } = file;
  // Nearly every file: the file itself, no object per file.
  if (requests.length + problems.length <= MAX_REQUESTS_PER_FILE) return file;
  const lastRequest = requests.at(-1);
  const lastProblem = problems.at(-1);
  if (lastRequest && (!lastProblem || comparePrefixes(lastRequest.prefix, lastProblem.prefix) > 0)) {
    return { requests: requests.slice(0, -1), problems, past: lastRequest };
  }
  return { requests, problems: problems.slice(0, -1), ...(lastProblem ? { past: lastProblem } : {}) };
}

/**
 * Lints the requests of one parsed file: each request's API comes from `--api`, its `$api` key
 * (stripped before validation), the config, or certain detection; otherwise it is reported with the candidates.
 * A file without any request is reported as `parameter/parse` (`no request`), a repeated key as `parameter/duplicate`.
 *
 * @param file The parsed file.
 * @param settings The API, OS and language settings.
 *
 * @returns The messages, before config severities and ignores.
 */
export function lintParsed(file: ParsedFile, settings: LintSettings): readonly LintMessage[] {
  const table = TABLES[settings.lang];
  const known = settings.apis ?? BUILT_IN_APIS;
  const { requests, problems, past } = capped(file);
  // A literal, filled by push: its allocation site learns that it holds objects, so the JIT's code sees one array shape.
  const messages: LintMessage[] = [];
  for (const problem of problems) {
    messages.push(cliMessage('parameter/parse', { syntax: file.syntax, reason: problem.reason }, problem.range, toPointer(problem.prefix), table));
  }
  // A repeated key is reported whatever the request's API: servers differ in which value they keep.
  if (file.duplicates) for (const message of duplicateMessages(file.duplicates, table, known.publicNames)) messages.push(message);
  // A request file that holds no request (empty, comments only, `[]`) is a mistake, not a pass.
  if (requests.length === 0 && problems.length === 0) {
    messages.push(cliMessage('parameter/parse', { syntax: file.syntax, reason: 'no request' }, FILE_START, '', table));
  }
  // One request at a time, appended element by element: no spread of a list whose length the input decides.
  for (const request of requests) lintRequest(request, settings, table, known, messages);
  if (past) {
    const range = 'range' in past ? past.range : past.locate([]);
    messages.push(cliMessage('lint/truncated', { what: 'requests', max: MAX_REQUESTS_PER_FILE }, range, toPointer(past.prefix), table));
  }
  if (messages.length === 0) return NO_MESSAGES;
  return messages.length > 1 ? messages.sort((a, b) => a.line - b.line || a.column - b.column) : messages;
}
