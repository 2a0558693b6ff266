import type { Os } from '../../rules/finding.ts';
import type { Lang } from '../../errors/issue.ts';
import type { LintMessage, ParsedFile, SourceRequest } from '../types.ts';
import { apis, findApi, type ApiId } from '../../apis.ts';
import { en } from '../../errors/messages/en.ts';
import { zhCN } from '../../errors/messages/zhCN.ts';
import { validate } from '../../validate.ts';
import { detectApi } from '../detect/detectApi.ts';
import { duplicateMessages } from '../detect/duplicateMessages.ts';
import { suggestApi } from '../detect/suggestApi.ts';
import { toPointer } from '../locate/toPointer.ts';
import { cliMessage, FILE_START } from './cliMessage.ts';

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
  const report = validate(id as ApiId, payload, options);
  return report.issues.map((issue) => ({
    ruleId: issue.rule,
    severity: issue.severity,
    message: issue.message,
    ...request.locate(issue.path),
    pointer: pointerOf(issue.path),
    vendorCode: issue.vendor?.code ?? null,
  }));
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
  const messages: LintMessage[] = file.problems.map((problem) =>
    cliMessage('parameter/parse', { syntax: file.syntax, reason: problem.reason }, problem.range, toPointer(problem.prefix), table),
  );
  // A repeated key is reported whatever the request's API: servers differ in which value they keep.
  for (const message of duplicateMessages(file.duplicates ?? [], table)) messages.push(message);
  // A request file that holds no request (empty, comments only, `[]`) is a mistake, not a pass.
  if (file.requests.length === 0 && file.problems.length === 0) {
    messages.push(cliMessage('parameter/parse', { syntax: file.syntax, reason: 'no request' }, FILE_START, '', table));
  }
  for (const request of file.requests) messages.push(...lintRequest(request, settings));
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}
