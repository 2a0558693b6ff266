import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { RuleId } from '../../rules/ruleId.ts';
import type { LintRun } from '../types.ts';
import { RULES, ruleDocsPath } from '../../errors/catalog.ts';
import { rulePage } from '../docs/rulePage.ts';

const LEVELS = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A repository-relative, `/`-separated, percent-encoded URI for a reported path. */
export const toUri = (filePath: string): string => filePath.split(/[\\/]/).map(encodeURIComponent).join('/');

/** A fingerprint that survives reformatting: rule id + file + JSON Pointer, never the line. */
const fingerprint = (ruleId: string, filePath: string, pointer: string): string =>
  createHash('sha256').update(`${ruleId}\u0000${filePath}\u0000${pointer}`).digest('hex');

function descriptor(id: RuleId, level: keyof typeof LEVELS, docsBaseUrl: string | undefined, root: string | undefined): ReportingDescriptor {
  const docs = ruleDocsPath(id);
  const description = RULES[id]?.description ?? id;
  const url = docsBaseUrl ? new URL(docs, docsBaseUrl).href : undefined;
  // The page itself travels in the log: code scanning shows help.markdown on every alert, no site needed.
  const help = rulePage(root, id, docsBaseUrl) ?? { text: `${description} See ${docs}.`, markdown: `${description} See [${docs}](${url ?? docs}).` };
  return {
    id,
    name: id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    ...(url ? { helpUri: url } : {}),
    help,
    defaultConfiguration: { level: LEVELS[level] },
    properties: { tags: [id.slice(0, id.indexOf('/'))], docsPath: docs },
  };
}

/**
 * Formats a lint run as SARIF 2.1.0 for code scanning: every enabled rule in `tool.driver.rules`
 * (so `ruleIndex` is stable) with its doc page from the installed package as `help` (text and Markdown),
 * `helpUri` only when a docs base URL is configured, an explicit
 * `level` on every result, repository-relative URIs under `%SRCROOT%`, and `partialFingerprints`
 * from rule id + file + JSON Pointer.
 *
 * @param run The lint run.
 * @param version The tool version.
 * @param root The package root the rule pages are read from (`undefined`: none found, help names the page).
 *
 * @returns The SARIF JSON text.
 */
export function sarif(run: LintRun, version: string, root: string | undefined): string {
  const rules = [...run.rules];
  for (const result of run.results) {
    for (const message of result.messages) {
      if (!rules.some((rule) => rule.id === message.ruleId)) rules.push({ id: message.ruleId, severity: message.severity });
    }
  }
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  const results: Result[] = [];
  for (const result of run.results) {
    for (const message of result.messages) {
      results.push({
        ruleId: message.ruleId,
        ruleIndex: index.get(message.ruleId) ?? 0,
        level: LEVELS[message.severity],
        message: { text: message.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(result.filePath), uriBaseId: '%SRCROOT%' },
              region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
            },
          },
        ],
        partialFingerprints: { 'ruleFilePointer/v1': fingerprint(message.ruleId, result.filePath, message.pointer) },
        properties: { pointer: message.pointer, ...(message.vendorCode ? { vendorCode: message.vendorCode } : {}) },
      });
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'instance-preflight',
            version,
            informationUri: 'https://www.npmjs.com/package/instance-preflight',
            rules: rules.map((rule) => descriptor(rule.id, rule.severity, run.docsBaseUrl, root)),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
