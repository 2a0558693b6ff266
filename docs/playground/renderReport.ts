import { ruleDocsPath, type Issue, type Lang, type PathSegment } from '../../src/index.ts';
import { h } from './dom.ts';
import { countOf, STRINGS } from './strings.ts';

/** Report view interface: the issues to show, or why there is nothing to show yet. */
export interface ReportView {
  /** The language. */
  readonly lang: Lang;
  /** Whether the user has touched a field or pasted a request (before that, nothing is judged). */
  readonly started: boolean;
  /** The issues of the request, or of its text when it did not parse. */
  readonly issues: readonly Issue[];
  /** Whether no issue is an error. */
  readonly ok: boolean;
  /** The control id of a path's field, to jump to it. */
  readonly controlOf: (path: readonly PathSegment[]) => string | undefined;
}

/** A wire path as its parameter reads: `LoginSettings.KeyIds[0]`. */
export function wireName(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}

/** The rule page of a rule, relative to the playground page (`docs/playground/` → `docs/rules/<id>.md`). */
export const ruleHref = (rule: Issue['rule']): string => ruleDocsPath(rule).replace(/^docs\//, '../');

/**
 * Draws the summary panel: accepted or rejected, the counts by severity, and
 * each issue with its rule (linked to its page), vendor code, place and message.
 *
 * @param view What to show.
 *
 * @returns The panel's children.
 */
export function renderReport(view: ReportView): Node[] {
  const t = STRINGS[view.lang];
  if (!view.started) return [h('p', { class: 'idle' }, t.reportIdle)];
  const count = (severity: Issue['severity']): number => view.issues.filter((issue) => issue.severity === severity).length;
  const infos = count('info');
  const verdict = h(
    'div',
    { class: `verdict ${view.ok ? 'ok' : 'bad'}` },
    h('strong', { class: 'verdict-word' }, view.ok ? t.accepted : t.rejected),
    h(
      'span',
      { class: 'counts' },
      h('span', { class: 'count error' }, countOf(t, count('error'), 'error')),
      h('span', { class: 'count warning' }, countOf(t, count('warning'), 'warning')),
      infos > 0 ? h('span', { class: 'count info' }, countOf(t, infos, 'info')) : undefined,
    ),
  );
  if (view.issues.length === 0) return [verdict, h('p', { class: 'none' }, t.noIssues)];
  const items = view.issues.map((issue) => {
    const control = view.controlOf(issue.path);
    const place = wireName(issue.path) || t.requestRoot;
    const where = control
      ? h('a', { class: 'place', href: `#${control}`, onclick: (event) => {
          event.preventDefault();
          document.getElementById(control)?.focus();
        } }, place)
      : h('code', { class: 'place' }, place);
    return h(
      'li',
      { class: `issue ${issue.severity}` },
      h(
        'div',
        { class: 'issue-head' },
        h('span', { class: `sev ${issue.severity}` }, t.severity[issue.severity]),
        h('a', { class: 'rule', href: ruleHref(issue.rule) }, issue.rule),
        where,
      ),
      h('p', { class: 'issue-message' }, issue.message),
      issue.vendor
        ? h('p', { class: 'vendor' }, `${t.vendorCode}: `, h('code', {}, issue.vendor.code), issue.vendor.status === undefined ? '' : ` (HTTP ${issue.vendor.status})`)
        : undefined,
    );
  });
  return [verdict, h('ol', { class: 'issues' }, ...items)];
}
