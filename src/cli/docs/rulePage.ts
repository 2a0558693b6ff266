import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleId } from '../../rules/ruleId.ts';
import { ruleDocsPath } from '../../errors/catalog.ts';

/** Rule page interface: a rule's doc page as SARIF `help` carries it. */
export interface RulePage {
  /** The page as plain text. */
  readonly text: string;
  /** The page as Markdown (what GitHub code scanning shows on each alert). */
  readonly markdown: string;
}

const EXAMPLES = /<!-- generated:examples:start -->[\s\S]*?<!-- generated:examples:end -->/;
const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * Reads a rule's doc page from the installed package for SARIF `help`. The generated examples are left
 * out (they are long, and their sample payloads hold sample passwords: output never prints a password,
 * not even a documented one) and replaced by a pointer to the full page; generated-region markers are
 * dropped; relative links become absolute under a docs base URL, else name the file in the package (a
 * relative link in an alert would resolve against the scanned repository).
 *
 * @param root The package root (`undefined` when it was not found).
 * @param rule The rule id.
 * @param docsBaseUrl The base URL the pages are published under, if configured.
 *
 * @returns The page as text and Markdown, or `undefined` when the package does not hold it.
 */
export function rulePage(root: string | undefined, rule: RuleId, docsBaseUrl: string | undefined): RulePage | undefined {
  if (root === undefined) return undefined;
  const path = ruleDocsPath(rule);
  let source: string;
  try {
    source = readFileSync(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
  const pageUrl = docsBaseUrl ? new URL(path, docsBaseUrl).href : undefined;
  const examples = pageUrl
    ? `Examples, with the English and Chinese messages: [${path}](${pageUrl}).`
    : `Examples, with the English and Chinese messages: \`${path}\` in the instance-preflight package.`;
  let markdown = source.replace(EXAMPLES, examples).replace(COMMENT, '');
  // A relative link would resolve against the scanned repository: make it absolute, or name the packaged file.
  markdown = markdown.replace(/\[([^\]]*)\]\((?![a-z][a-z\d+.-]*:|#)([^)\s]+)\)/gi, (_, label: string, target: string) => {
    if (pageUrl) return `[${label}](${new URL(target, pageUrl).href})`;
    const packaged = new URL(target, `file:///${path}`);
    return `${label} (\`${decodeURIComponent(packaged.pathname.slice(1))}${packaged.hash}\` in the instance-preflight package)`;
  });
  markdown = markdown.replace(/\n{3,}/g, '\n\n').trim();
  const text = markdown.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)').replace(/\*\*([^*]+)\*\*/g, '$1');
  return { text, markdown };
}
