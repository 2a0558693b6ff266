import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApiSpec } from '../src/engine/spec/api.ts';
import type { ErrorCodeEntry } from '../src/engine/spec/errorCode.ts';
import type { FieldAbout, FieldMap, FieldSpec, PayloadAbout } from '../src/engine/spec/types.ts';
import type { PathSegment } from '../src/errors/issue.ts';
import type { RuleId } from '../src/rules/ruleId.ts';
import { apis } from '../src/apis.ts';
import { RULE_IDS } from '../src/errors/catalog.ts';
import { aboutKey } from '../src/engine/spec/aboutKey.ts';
import { observeRule, usesOf } from './docs-observe.ts';
import { cell, code, table } from './docs-markdown.ts';
import { region, replaceRegion } from './docs-markers.ts';
import { writeFiles } from './docs-rules.ts';

/** Each API's documented error codes, read from its record's `errorCodes`. The docs test fails when an API has none. */
export const API_ERROR_CODES: Readonly<Record<string, readonly ErrorCodeEntry[]>> = Object.fromEntries(apis.map((api) => [api.id, api.errorCodes ?? []]));

/** Where an error code is documented, in words: the API's own doc page (the "Vendor document" row), the current SDK's list, or both. */
const DOCUMENTED_IN: Readonly<Record<ErrorCodeEntry['source'], string>> = {
  seed: 'API page',
  sdk: 'current SDK',
  'seed+sdk': 'API page, current SDK',
  common: 'common error page',
};

function typeOf(field: FieldSpec): string {
  if (field.type === 'array') return `array of ${typeOf(field.items)}${field.maxItems !== undefined ? ` (≤ ${field.maxItems})` : ''}`;
  return field.type;
}

function constraints(field: FieldSpec, about: FieldAbout): string {
  const parts: string[] = [];
  if (field.type === 'string' && field.enum) parts.push(`one of ${field.enum.map(code).join(', ')}`);
  if (about.secret) parts.push('secret: never echoed');
  parts.push(cell(about.description));
  return parts.join('; ');
}

/** One row per parameter, nested ones below their parent; `path` is the wire path (`0` for a list element), `prefix` its shown name. */
function fieldRows(fields: FieldMap, about: PayloadAbout, path: readonly PathSegment[], prefix: string): string[][] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const wire = `${prefix}${name}`;
    const at = [...path, name];
    const entry = about.fields[aboutKey(at)];
    if (!entry) throw new Error(`${wire}: the about object has no entry`);
    const row = [code(wire), typeOf(field), field.required ? 'yes' : 'no', constraints(field, entry), entry.default ? cell(entry.default) : '-'];
    const below =
      field.type === 'object'
        ? fieldRows(field.fields, about, at, `${wire}.`)
        : field.type === 'array' && field.items.type === 'object'
          ? fieldRows(field.items.fields, about, [...at, 0], `${wire}[n].`)
          : [];
    return [row, ...below];
  });
}

/** Which rules, on this API, answer with each vendor code (from the rules' examples). */
function rulesByCode(api: ApiSpec<string, string>): Map<string, Set<RuleId>> {
  const byCode = new Map<string, Set<RuleId>>();
  for (const rule of RULE_IDS) {
    for (const use of usesOf(observeRule(rule))) {
      if (use.api !== api.id || !use.vendor) continue;
      const rules = byCode.get(use.vendor.code) ?? new Set<RuleId>();
      rules.add(rule);
      byCode.set(use.vendor.code, rules);
    }
  }
  return byCode;
}

/**
 * Renders the generated part of an API page: the API record, the parameter table from the payload
 * spec, and the error-code table with the rules that predict each code.
 *
 * @param api The API spec.
 *
 * @returns The Markdown.
 */
export function renderApiGenerated(api: ApiSpec<string, string>): string {
  const facts = [
    ['Vendor', api.vendor],
    ['Action', code(api.action)],
    ['Version', api.version ? code(api.version) : '-'],
    ['Endpoint', `${api.method} ${code(api.endpoint)}`],
    ['Parameters travel as', api.wire === 'json' ? 'a JSON body' : api.wire === 'query' ? 'a query string' : 'a JSON body, or a form / query string with flattened keys'],
    ['Vendor document', `[${api.doc}](${api.doc})`],
    ['Rules taken from', `${cell(api.source)}; facts and sources: [docs/vendors/${api.vendor}.md](../vendors/${api.vendor}.md)`],
    ['Rate limit', api.rateLimit ? `${api.rateLimit.perSecond}/s (${code(api.rateLimit.code)})` : 'not documented'],
    ['Unknown parameters', api.payload.unknownSeverity],
  ];
  const byCode = rulesByCode(api);
  const codes = api.errorCodes ?? [];
  const undocumented = [...byCode.keys()].filter((known) => !codes.some((entry) => entry.code === known));
  const codeRows = codes.map((entry) => [
    code(entry.code),
    entry.status !== undefined ? `${entry.status}` : '-',
    cell(entry.description),
    DOCUMENTED_IN[entry.source],
    [...(byCode.get(entry.code) ?? [])].map((rule) => `[${code(rule)}](../rules/${rule}.md)`).join(', ') || '-',
  ]);
  const lines = [
    table(['', ''], facts),
    '',
    '## Parameters',
    '',
    'From the payload spec (`validate` and the schemas check exactly these). Nested parameters are shown with dotted wire paths.',
    '',
    table(['Wire name', 'Type', 'Required', 'Constraints', 'Default'], fieldRows(api.payload.fields, api.about, [], '')),
    '',
    '## Error codes',
    '',
    `The vendor's documented codes (${codes.length}); "Predicted by" lists the rules whose findings carry that code on this API.`,
    '',
    table(['Code', 'HTTP', 'Meaning', 'Documented in', 'Predicted by'], codeRows),
  ];
  if (undocumented.length) lines.push('', `Codes the rules answer with that the error table does not list: ${undocumented.map(code).join(', ')}.`);
  return lines.join('\n');
}

/**
 * Renders every API page, keeping the hand-written text around the generated region.
 *
 * @param root The repository root.
 *
 * @returns The files by repository-relative path.
 */
export function apiDocFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const api of apis) {
    const path = `docs/apis/${api.id}.md`;
    const full = join(root, path);
    const body = renderApiGenerated(api);
    const existing = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    const page = existing === undefined ? `# ${api.id}\n\n${region('api', body)}\n` : replaceRegion(existing, 'api', body);
    if (page === undefined) throw new Error(`${path}: the generated region marker is missing`);
    files.set(path, page);
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(new URL(import.meta.url).pathname), '..');
  const files = apiDocFiles(root);
  writeFiles(root, files);
  console.log(`docs:apis wrote ${files.size} files`);
}
