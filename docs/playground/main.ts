/**
 * The playground page: a form built from the chosen API's spec and a request
 * editor, kept in sync, checked by `validate()` as the user types. Everything
 * it needs is in the bundle: no request leaves the page.
 */
import { apis, validate, en, zhCN, type ApiId, type ApiSpec, type Issue, type Lang, type Os, type PathSegment, type Vendor } from '../../src/index.ts';
import { decodeQuery } from '../../src/encoding/query/index.ts';
import { detectApi } from '../../src/cli/detect/detectApi.ts';
import { h } from './dom.ts';
import { setAt } from './payloadPath.ts';
import { readRequest } from './readRequest.ts';
import { renderForm, slotKey, type DrawnForm } from './renderForm.ts';
import { renderReport } from './renderReport.ts';
import { fromFragment, toFragment } from './shareState.ts';
import { countOf, fill, STRINGS } from './strings.ts';
import type { PlaygroundExample, RequestFormat } from './types.ts';
import { VENDOR_TEXTS } from './vendorTexts.ts';
import { withoutSecrets } from './withoutSecrets.ts';
import { writeRequest } from './writeRequest.ts';

/** The repository's examples, put in by the build (`docs/playground/build.ts`). */
declare const PLAYGROUND_EXAMPLES: readonly PlaygroundExample[];

const TABLES = { en, 'zh-CN': zhCN } as const;
const VENDORS: readonly Vendor[] = [...new Set(apis.map((api) => api.vendor))];

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const vendorSelect = byId<HTMLSelectElement>('vendor');
const apiSelect = byId<HTMLSelectElement>('api');
const osSelect = byId<HTMLSelectElement>('os');
const langSelect = byId<HTMLSelectElement>('lang');
const formatSelect = byId<HTMLSelectElement>('format');
const form = byId<HTMLFormElement>('fields');
const editor = byId<HTMLTextAreaElement>('editor');
const editorStatus = byId<HTMLElement>('editor-status');
const summary = byId<HTMLElement>('summary');
const examples = byId<HTMLElement>('examples-list');
const shareLink = byId<HTMLInputElement>('share-link');
const copyStatus = byId<HTMLElement>('copy-status');
const jump = byId<HTMLButtonElement>('jump');
const verdictStatus = byId<HTMLElement>('verdict-status');

/** The page state: the request is `payload`; the editor text is its written form, or what the user pasted. */
const state = {
  api: apis.find((api) => api.id === 'tencent.cvm.ResetInstance') as ApiSpec<string, Vendor>,
  os: undefined as Os | undefined,
  lang: 'en' as Lang,
  format: 'json' as RequestFormat,
  base: '',
  payload: {} as Record<string, unknown>,
  /** What is validated: the parsed value (JSON/YAML) or the request line (query). */
  input: {} as unknown,
  /** The syntax problem of the editor text, if it does not parse. */
  problem: undefined as Issue | undefined,
  /** Notes about the last paste (several requests, API detected, ...). */
  notes: [] as string[],
  /** Paths the user has edited; their messages show. */
  touched: [] as (readonly PathSegment[])[],
  /** Set by a paste, an example or a shared link: every message shows. */
  revealed: false,
};
let drawn: DrawnForm = { nodes: [], root: document.createElement('p'), slots: new Map() };

const started = (): boolean => state.revealed || state.touched.length > 0;
const isPrefix = (a: readonly PathSegment[], b: readonly PathSegment[]): boolean => a.every((segment, index) => b[index] === segment);

/** Whether the messages of a slot show: after a paste, or when the user edited it, something in it, or something it is part of. */
const shows = (path: readonly PathSegment[]): boolean =>
  state.revealed || state.touched.some((touched) => isPrefix(touched, path) || isPrefix(path, touched));

/** The slot an issue shows in: its path's, else its nearest ancestor's, else the form's own (for the request as a whole). */
function slotOf(path: readonly PathSegment[]): { readonly element: HTMLElement; readonly control?: string; readonly path: readonly PathSegment[] } {
  for (let length = path.length; length > 0; length--) {
    const at = path.slice(0, length);
    const found = drawn.slots.get(slotKey(at));
    if (found) return { ...found, path: at };
  }
  return { element: drawn.root, path: [] };
}

function check(): { readonly ok: boolean; readonly issues: readonly Issue[] } {
  if (state.problem) return { ok: false, issues: [state.problem] };
  const options = { lang: state.lang, ...(state.os ? { os: state.os } : {}) };
  if (state.format === 'query' && state.api.wire !== 'json') {
    return validate(state.api.id as ApiId, state.input, { ...options, encoding: 'query' });
  }
  return validate(state.api.id as ApiId, state.input, options);
}

/** Draws the messages under the fields and the summary panel from one check. */
function showIssues(): void {
  const report = check();
  drawn.root.replaceChildren();
  for (const { element } of drawn.slots.values()) element.replaceChildren();
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  for (const issue of report.issues) {
    const target = slotOf(issue.path);
    if (!shows(target.path)) continue;
    if (target.element.childElementCount > 0) target.element.append(' ');
    target.element.append(h('span', { class: issue.severity }, issue.message));
    if (issue.severity === 'error' && target.control) document.getElementById(target.control)?.setAttribute('aria-invalid', 'true');
  }
  summary.replaceChildren(
    ...renderReport({ lang: state.lang, started: started(), issues: report.issues, ok: report.ok, controlOf: (path) => slotOf(path).control }),
  );
  editorStatus.replaceChildren(...state.notes.map((note) => h('p', {}, note)));
  const t = STRINGS[state.lang];
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  // One short line is announced (and shown on a phone) instead of the whole summary on every keystroke.
  const verdict = started() ? `${report.ok ? t.accepted : t.rejected} · ${countOf(t, errors, 'error')} · ${countOf(t, report.issues.filter((issue) => issue.severity === 'warning').length, 'warning')}` : '';
  jump.hidden = !started();
  jump.textContent = verdict;
  if (verdictStatus.textContent !== verdict) verdictStatus.textContent = verdict;
  writeFragment();
}

function writeFragment(): void {
  if (!started()) return;
  const hasPayload = Object.keys(state.payload).length > 0;
  const fragment = toFragment({
    api: state.api.id,
    os: state.os,
    lang: state.lang,
    format: state.format,
    base: state.base,
    payload: hasPayload ? withoutSecrets(state.payload, state.api.about) : undefined,
  });
  history.replaceState(null, '', fragment);
  shareLink.value = location.href;
}

/** Redraws the form from the state, keeping the focused control focused. */
function drawForm(focus?: string): void {
  const active = focus ?? document.activeElement?.id;
  drawn = renderForm({
    api: state.api,
    os: state.os,
    lang: state.lang,
    payload: state.payload,
    onValue: (path, value) => {
      setAt(state.payload, path, value);
      touch(path);
      syncEditor();
      showIssues();
    },
    onShape: (change, next) => {
      change(state.payload);
      syncEditor();
      drawForm(next);
      showIssues();
    },
  });
  form.replaceChildren(...drawn.nodes);
  if (active) document.getElementById(active)?.focus();
}

function touch(path: readonly PathSegment[]): void {
  if (!state.touched.some((touched) => slotKey(touched) === slotKey(path))) state.touched.push(path);
}

/** Writes the editor text from the request (the form changed it). */
function syncEditor(): void {
  const text = writeRequest(state.payload, state.format, state.base, state.api.payload.listBase);
  editor.value = text;
  state.input = state.format === 'query' ? text.trim() : state.payload;
  state.problem = undefined;
  state.notes = [];
}

function switchApi(api: ApiSpec<string, Vendor>): void {
  state.api = api;
  if (api.wire === 'json' && state.format === 'query') state.format = 'json';
}

/** The API a pasted request names with `$api` (taken out of the request), else the one its text makes certain. */
function apiOfPaste(value: unknown, format: RequestFormat, url: URL | undefined): { readonly value: unknown; readonly note?: string } {
  const t = STRINGS[state.lang];
  if (format !== 'query' && typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, '$api')) {
    const { $api: named, ...rest } = value as Record<string, unknown>;
    const api = apis.find((candidate) => candidate.id === named);
    if (!api) return { value: rest, note: t.apiUnknown };
    switchApi(api);
    return { value: rest };
  }
  const detection = detectApi(apis, value, format === 'query' ? 'query' : 'json', url);
  if (!('api' in detection) || detection.api === state.api.id) return { value };
  switchApi(apis.find((api) => api.id === detection.api) as ApiSpec<string, Vendor>);
  return { value, note: fill(t.detected, { api: detection.api }) };
}

/** Reads the editor text into the request (the user pasted or typed there). */
function readEditor(): void {
  const t = STRINGS[state.lang];
  const read = readRequest(editor.value);
  state.notes = [];
  state.problem = undefined;
  state.revealed = true;
  if (!read) {
    state.payload = {};
    state.input = state.format === 'query' ? '' : {};
    return;
  }
  state.format = read.format;
  if (read.count > 1) state.notes.push(fill(t.manyRequests, { count: read.count }));
  if (read.value === undefined && read.problem) {
    const message = TABLES[state.lang].rules['parameter/parse']({ syntax: read.syntax, reason: read.problem.reason });
    state.problem = { rule: 'parameter/parse', severity: 'error', path: [], message: `${fill(t.parseProblem, read.problem)}${message}` };
    return;
  }
  const { value, note } = apiOfPaste(read.value, read.format, read.url);
  if (note) state.notes.push(note);
  if (state.format === 'query') {
    const line = String(value);
    const question = line.indexOf('?');
    state.base = read.url && question >= 0 ? line.slice(0, question) : '';
    const ignore = state.api.transportParameters ?? [];
    state.payload = structuredClone({ ...(decodeQuery(line, state.api.payload, ignore).payload ?? {}) });
    if (state.api.wire === 'json') {
      state.notes.push(t.jsonOnly);
      state.format = 'json';
      state.input = state.payload;
    } else state.input = line;
    return;
  }
  state.payload = typeof value === 'object' && value !== null && !Array.isArray(value) ? structuredClone(value as Record<string, unknown>) : {};
  state.input = value;
}

function fillSwitches(): void {
  const t = STRINGS[state.lang];
  vendorSelect.replaceChildren(...VENDORS.map((vendor) => new Option(VENDOR_TEXTS[vendor].name[state.lang], vendor, false, vendor === state.api.vendor)));
  apiSelect.replaceChildren(
    ...apis
      .filter((api) => api.vendor === state.api.vendor)
      .map((api) => new Option(`${api.action}${api.id.includes('@') ? ` @${api.id.slice(api.id.indexOf('@') + 1)}` : ''}`, api.id, false, api.id === state.api.id)),
  );
  const osOptions: [string, string][] = [['', t.osUnknown], ['linux', 'Linux'], ['windows', 'Windows']];
  osSelect.replaceChildren(...osOptions.map(([value, text]) => new Option(text, value, false, value === (state.os ?? ''))));
  langSelect.value = state.lang;
  const formats: [RequestFormat, string][] = [['json', t.formatJson], ['yaml', t.formatYaml], ['query', t.formatQuery]];
  formatSelect.replaceChildren(
    ...formats.filter(([format]) => format !== 'query' || state.api.wire !== 'json').map(([value, text]) => new Option(text, value, false, value === state.format)),
  );
}

function drawExamples(): void {
  const t = STRINGS[state.lang];
  const mine = PLAYGROUND_EXAMPLES.filter((example) => example.api === state.api.id);
  examples.replaceChildren(
    ...mine.map((example) =>
      h(
        'li',
        {},
        h('button', {
          type: 'button',
          class: `example ${example.kind}`,
          'aria-label': `${example.file} (${example.kind === 'good' ? t.exampleGood : t.exampleBad})`,
          onclick: () => {
            editor.value = example.text;
            readEditor();
            drawAll();
          },
        }, h('span', { class: 'mark', 'aria-hidden': 'true' }, example.kind === 'good' ? '✓' : '✗'), example.file.replace(/^(good|bad)\/[^/]+\//, '')),
      ),
    ),
  );
}

/** Puts the interface texts in the chosen language. */
function translate(): void {
  const t = STRINGS[state.lang];
  document.documentElement.lang = state.lang;
  document.title = t.title;
  document.querySelectorAll<HTMLElement>('[data-t]').forEach((element) => {
    const text = t[element.dataset['t'] as keyof typeof t];
    if (typeof text === 'string') element.textContent = text;
  });
}

function drawAll(): void {
  translate();
  fillSwitches();
  drawExamples();
  drawForm();
  showIssues();
}

vendorSelect.addEventListener('change', () => {
  switchApi(apis.find((api) => api.vendor === vendorSelect.value) as ApiSpec<string, Vendor>);
  syncEditor();
  drawAll();
});
apiSelect.addEventListener('change', () => {
  switchApi(apis.find((api) => api.id === apiSelect.value) as ApiSpec<string, Vendor>);
  syncEditor();
  drawAll();
});
osSelect.addEventListener('change', () => {
  state.os = osSelect.value === 'linux' || osSelect.value === 'windows' ? osSelect.value : undefined;
  drawForm();
  showIssues();
});
langSelect.addEventListener('change', () => {
  state.lang = langSelect.value === 'zh-CN' ? 'zh-CN' : 'en';
  drawAll();
});
formatSelect.addEventListener('change', () => {
  state.format = formatSelect.value as RequestFormat;
  if (state.format === 'query' && state.base === '') state.base = state.api.endpoint;
  syncEditor();
  showIssues();
});
editor.addEventListener('input', () => {
  readEditor();
  fillSwitches();
  drawExamples();
  drawForm(editor.id);
  showIssues();
});
// Enter in a field would submit the form (a navigation): the page checks as you type instead.
form.addEventListener('submit', (event) => event.preventDefault());
jump.addEventListener('click', () => {
  byId('report-panel').scrollIntoView();
  byId('report-heading').focus();
});
byId<HTMLButtonElement>('copy-link').addEventListener('click', () => {
  shareLink.select();
  const t = STRINGS[state.lang];
  const done = (): void => void (copyStatus.textContent = t.copied);
  if (navigator.clipboard) navigator.clipboard.writeText(shareLink.value).then(done, () => document.execCommand('copy') && done());
  else if (document.execCommand('copy')) done();
});

/** Takes the state of a shared link: the request is revealed as a paste would be. */
function readFragment(): void {
  const shared = fromFragment(location.hash);
  const api = apis.find((candidate) => candidate.id === shared.api);
  if (api) state.api = api;
  state.os = shared.os;
  if (shared.lang) state.lang = shared.lang;
  if (shared.format && (shared.format !== 'query' || state.api.wire !== 'json')) state.format = shared.format;
  state.base = shared.base ?? '';
  if (shared.payload) {
    state.payload = structuredClone({ ...shared.payload });
    state.revealed = true;
  }
  syncEditor();
}

// A link pasted into the address bar of an open playground changes only the fragment: take its state too.
window.addEventListener('hashchange', () => {
  state.touched = [];
  state.revealed = false;
  state.payload = {};
  readFragment();
  drawAll();
});
if (location.hash.length > 1) readFragment();
else syncEditor();
shareLink.value = location.href;
drawAll();
