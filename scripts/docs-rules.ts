import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleId } from '../src/rules/ruleId.ts';
import type { RuleFamily } from '../src/engine/spec/types.ts';
import type { Issue } from '../src/errors/issue.ts';
import { RULES, RULE_IDS, ruleDocsPath } from '../src/errors/catalog.ts';
import { apis } from '../src/apis.ts';
import { observeRule, usesOf, type ObservedExample } from './docs-observe.ts';
import { FACT_SECTIONS } from './docs-sources.ts';
import { familyTable } from './docs-tables.ts';
import { cell, code, table } from './docs-markdown.ts';
import { showPayload } from './docs-payload.ts';
import { region, replaceRegion } from './docs-markers.ts';

const familyOf = (rule: RuleId): string => rule.slice(0, rule.indexOf('/'));
const osText = (os: string | undefined): string => (os === 'windows' ? 'Windows image' : os === 'linux' ? 'Linux image' : 'OS unknown');
const vendorText = (vendor: Issue['vendor']): string =>
  vendor ? `${code(vendor.code)}${vendor.status !== undefined ? ` (HTTP ${vendor.status})` : ''}` : 'not documented';
const pathText = (path: Issue['path']): string => (path.length ? code(path.join('.')) : '(payload)');

const CLI_DIR = join(dirname(new URL(import.meta.url).pathname), '..', 'src', 'cli');

/** The CLI's source text (tests excluded), to find the rules it reports itself. */
const cliSource = ((): string =>
  existsSync(CLI_DIR)
    ? readdirSync(CLI_DIR, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
        .map((file) => readFileSync(join(CLI_DIR, file), 'utf8'))
        .join('\n')
    : '')();

/** Who reports a rule: the APIs whose examples raise it, and the CLI when its own code names the rule. */
function reportedBy(rule: RuleId, observed: readonly ObservedExample[]): string[] {
  const by = [...new Set(usesOf(observed).map((use) => code(use.api)))];
  if (cliSource.includes(`'${rule}'`)) by.push('the CLI');
  return by;
}

function sourceOf(apiId: string, rule: RuleId): string {
  const api = apis.find((candidate) => candidate.id === apiId);
  if (!api) return '-';
  const sections = FACT_SECTIONS[api.vendor]?.[familyOf(rule) as RuleFamily] ?? [];
  const facts = sections.map((anchor) => `[${api.vendor}.md#${anchor}](../../vendors/${api.vendor}.md#${anchor})`);
  return [`[${cell(api.source)}](${api.doc})`, ...facts].join('; ');
}

/**
 * Renders the generated header of a rule page: id, severity, the APIs that report it (found by running
 * the page's examples), the server's answer per API and field, the sources, and the vendor policy table.
 *
 * @param rule The rule id.
 * @param observed The rule's observed examples.
 *
 * @returns The Markdown.
 */
export function renderRuleHeader(rule: RuleId, observed: readonly ObservedExample[]): string {
  const uses = usesOf(observed);
  const by = reportedBy(rule, observed);
  const lines = [
    `> ${RULES[rule].description}`,
    '',
    table(['Rule', 'Default severity', 'Reported by'], [[code(rule), RULES[rule].severity, by.length ? by.join(', ') : 'no API yet']]),
  ];
  if (uses.length) {
    lines.push('', '**What the server answers** (from the examples below, run through `validate`):', '');
    lines.push(table(['API', 'Field', 'Vendor error', 'Source'], uses.map((use) => [code(use.api), code(use.path), vendorText(use.vendor), sourceOf(use.api, rule)])));
  }
  const policies = familyTable(familyOf(rule));
  if (policies) lines.push('', '**Vendor policies** (read from the policy objects in `src/schemas/<vendor>/policies.ts`):', '', policies);
  return lines.join('\n');
}

/**
 * Renders the generated examples of a rule page: each payload, and for failing ones the issue in
 * English and Simplified Chinese, straight from the message tables.
 *
 * @param observed The rule's observed examples.
 *
 * @returns The Markdown, or an empty string when the rule has no examples.
 */
export function renderRuleExamples(observed: readonly ObservedExample[]): string {
  if (!observed.length) return '';
  const blocks = observed.map(({ example, en, zhCN }) => {
    const title = `**${example.fires ? 'Reported' : 'Passes'}**: ${code(example.api)}, ${osText(example.os)}${example.facts ? ', with facts' : ''}${example.encoding ? ', form request' : ''}`;
    const parts =
      example.encoding && typeof example.payload === 'string'
        ? [title, '', '```text', example.payload, '```']
        : [title, '', '```json', showPayload(example.payload), '```'];
    if (example.facts) parts.push('', 'Facts:', '', '```json', JSON.stringify(example.facts, null, 2), '```');
    if (en.length) {
      parts.push('', table(['Severity', 'Path', 'Vendor error', 'English', '简体中文'], en.map((issue, index) => [
        issue.severity,
        pathText(issue.path),
        vendorText(issue.vendor),
        cell(issue.message),
        cell(zhCN[index]?.message ?? ''),
      ])));
    }
    return parts.join('\n');
  });
  return ['## Examples', '', ...blocks.flatMap((block) => [block, ''])].join('\n');
}

/**
 * Renders a rule page: replaces its generated regions, or starts a new page with only them (the
 * docs test then fails until the hand-written sections exist).
 *
 * @param rule The rule id.
 * @param existing The page's current text, if it exists.
 *
 * @returns The page text.
 */
export function renderRulePage(rule: RuleId, existing: string | undefined): string {
  const observed = observeRule(rule);
  const header = renderRuleHeader(rule, observed);
  const examples = renderRuleExamples(observed);
  if (existing === undefined) return `# ${rule}\n\n${region('header', header)}\n\n${region('examples', examples)}\n`;
  const withHeader = replaceRegion(existing, 'header', header);
  const withExamples = withHeader && replaceRegion(withHeader, 'examples', examples);
  if (!withExamples) throw new Error(`${ruleDocsPath(rule)}: a generated region marker is missing`);
  return withExamples;
}

/**
 * Renders the rule index, `docs/rules/README.md` (wholly generated).
 *
 * @returns The Markdown.
 */
export function renderRuleIndex(): string {
  const rows = RULE_IDS.map((rule) => {
    const by = reportedBy(rule, observeRule(rule));
    return [`[${code(rule)}](${rule}.md)`, RULES[rule].severity, by.length ? by.join(', ') : 'no API yet', cell(RULES[rule].description)];
  });
  return [
    '<!-- Generated by `npm run docs:rules` from the rule catalog (src/errors/catalog.ts); do not edit. -->',
    '# Rules',
    '',
    'Every rule `instance-preflight` reports, with its default severity and the APIs that report it.',
    'Each page says what the rule checks, what each vendor answers, how to fix a finding, and what was',
    'decided where the vendor documents disagree. Severities can be overridden per rule in the CLI config.',
    '',
    table(['Rule', 'Default severity', 'Reported by', 'What it checks'], rows),
    '',
  ].join('\n');
}

/**
 * Renders every generated rule doc file from the catalog.
 *
 * @param root The repository root.
 *
 * @returns The files by repository-relative path.
 */
export function ruleDocFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of RULE_IDS) {
    const path = ruleDocsPath(rule);
    const full = join(root, path);
    files.set(path, renderRulePage(rule, existsSync(full) ? readFileSync(full, 'utf8') : undefined));
  }
  files.set('docs/rules/README.md', renderRuleIndex());
  return files;
}

/**
 * Writes files under a root, creating folders.
 *
 * @param root The repository root.
 * @param files The files by repository-relative path.
 */
export function writeFiles(root: string, files: ReadonlyMap<string, string>): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(new URL(import.meta.url).pathname), '..');
  const files = ruleDocFiles(root);
  writeFiles(root, files);
  console.log(`docs:rules wrote ${files.size} files`);
}
