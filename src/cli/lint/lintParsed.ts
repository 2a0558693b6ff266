import type { Os } from '../../rules/finding.ts';
import type { Lang } from '../../errors/issue.ts';
import type { PathSegment } from '../../errors/issue.ts';
import type { LintMessage, ParsedFile, SourceRequest, SyntaxProblem } from '../types.ts';
import { apis, findApi, type ApiId } from '../../apis.ts';
import { en } from '../../errors/messages/en.ts';
import { zhCN } from '../../errors/messages/zhCN.ts';
import { validateLocated } from '../../validateLocated.ts';
import { detectApi } from '../detect/detectApi.ts';
import { duplicateMessages } from '../detect/duplicateMessages.ts';
import { suggestApi } from '../detect/suggestApi.ts';
import { toPointer } from '../locate/toPointer.ts';
import { MAX_REQUESTS_PER_FILE } from '../readers/maxRequests.ts';
import { cliMessage, FILE_START } from './cliMessage.ts';

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
}

const API_KEY = '$api';
const ALL_IDS = apis.map((api) => api.id);

/** Splits off the `$api` key: it names the API for the linter and is never sent to the vendor. */
function splitApiKey(value: unknown): { readonly payload: unknown; readonly named: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, API_KEY)) {
    return { payload: value, named: undefined };
  }
  const payload: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (key !== API_KEY) Object.defineProperty(payload, key, { value: item, enumerable: true, writable: true, configurable: true });
  return { payload, named: (value as Record<string, unknown>)[API_KEY] };
}

function lintRequest(request: SourceRequest, settings: LintSettings): LintMessage[] {
  const table = settings.lang === 'zh-CN' ? zhCN : en;
  const { payload, named } = splitApiKey(request.value);
  const pointerOf = (path: readonly (string | number)[]): string => toPointer([...request.prefix, ...path]);
  let id = settings.api;
  if (id === undefined && named !== undefined) {
    if (typeof named !== 'string' || !findApi(named)) {
      const suggestion = typeof named === 'string' ? suggestApi(named, ALL_IDS) : undefined;
      const params = { given: true, candidates: ALL_IDS, ...(suggestion ? { suggestion } : {}) };
      return [cliMessage('lint/api-unknown', params, request.locate([API_KEY]), pointerOf([API_KEY]), table)];
    }
    id = named;
  }
  id ??= settings.configApi;
  if (id === undefined) {
    const detection = detectApi(apis, payload, request.encoding, request.url);
    if ('candidates' in detection) {
      return [cliMessage('lint/api-unknown', { candidates: detection.candidates }, request.locate([]), pointerOf([]), table)];
    }
    id = detection.api;
  }
  const api = findApi(id);
  const encoding = request.encoding === 'query' && api?.wire !== 'json' ? 'query' : 'json';
  const options = { lang: settings.lang, encoding, ...(settings.os ? { os: settings.os } : {}) } as const;
  const { issues, sourcePaths } = validateLocated(id as ApiId, payload, options);
  const messages: LintMessage[] = [];
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
      ...request.locate(sourcePaths[at] ?? issue.path),
      pointer: pointerOf(issue.path),
      vendorCode: issue.vendor?.code ?? null,
    });
  }
  if (issues.length > MAX_FINDINGS_PER_REQUEST) {
    messages.push(cliMessage('lint/truncated', { what: 'findings', max: MAX_FINDINGS_PER_REQUEST }, request.locate([]), pointerOf([]), table));
  }
  return messages;
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
  if (requests.length + problems.length <= MAX_REQUESTS_PER_FILE) return { requests, problems };
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
export function lintParsed(file: ParsedFile, settings: LintSettings): LintMessage[] {
  const table = settings.lang === 'zh-CN' ? zhCN : en;
  const { requests, problems, past } = capped(file);
  const messages: LintMessage[] = problems.map((problem) =>
    cliMessage('parameter/parse', { syntax: file.syntax, reason: problem.reason }, problem.range, toPointer(problem.prefix), table),
  );
  // A repeated key is reported whatever the request's API: servers differ in which value they keep.
  for (const message of duplicateMessages(file.duplicates ?? [], table)) messages.push(message);
  // A request file that holds no request (empty, comments only, `[]`) is a mistake, not a pass.
  if (requests.length === 0 && problems.length === 0) {
    messages.push(cliMessage('parameter/parse', { syntax: file.syntax, reason: 'no request' }, FILE_START, '', table));
  }
  // One request at a time, appended element by element: no spread of a list whose length the input decides.
  for (const request of requests) for (const message of lintRequest(request, settings)) messages.push(message);
  if (past) {
    const range = 'range' in past ? past.range : past.locate([]);
    messages.push(cliMessage('lint/truncated', { what: 'requests', max: MAX_REQUESTS_PER_FILE }, range, toPointer(past.prefix), table));
  }
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}
