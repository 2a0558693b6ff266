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

const EXAMPLES_START = '<!-- generated:examples:start -->';
const EXAMPLES_END = '<!-- generated:examples:end -->';
const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;

/** Replaces the text from `start` to the end of the next `end` (each occurrence) with `by`: indexOf, no backtracking. */
function cut(text: string, start: string, end: string, by: (index: number) => string): string {
  let out = '';
  let from = 0;
  for (let index = 0, at = text.indexOf(start); at >= 0; index++, at = text.indexOf(start, from)) {
    const close = text.indexOf(end, at + start.length);
    if (close < 0) break;
    out += text.slice(from, at) + by(index);
    from = close + end.length;
  }
  return out + text.slice(from);
}

/** Rewrites every inline link `[label](target)` (no space in the target) through `link`, in one left-to-right scan. */
function mapLinks(text: string, link: (label: string, target: string) => string): string {
  let out = '';
  let from = 0;
  let open = text.indexOf('[');
  while (open >= 0) {
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    const nested = text.lastIndexOf('[', close);
    // A "[" inside the label starts the real label: links do not nest in these pages.
    if (nested > open) {
      open = nested;
      continue;
    }
    const end = text[close + 1] === '(' ? text.indexOf(')', close + 2) : -1;
    const target = end < 0 ? '' : text.slice(close + 2, end);
    if (target === '' || /\s/.test(target)) {
      open = text.indexOf('[', close + 1);
      continue;
    }
    out += text.slice(from, open) + link(text.slice(open + 1, close), target);
    from = end + 1;
    open = text.indexOf('[', from);
  }
  return out + text.slice(from);
}

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
  const withoutExamples = cut(source, EXAMPLES_START, EXAMPLES_END, () => examples);
  // A relative link would resolve against the scanned repository: make it absolute, or name the packaged file.
  let markdown = mapLinks(cut(withoutExamples, '<!--', '-->', () => ''), (label, target) => {
    if (ABSOLUTE.test(target) || target.startsWith('#')) return `[${label}](${target})`;
    if (pageUrl) return `[${label}](${new URL(target, pageUrl).href})`;
    const packaged = new URL(target, `file:///${path}`);
    return `${label} (\`${packaged.pathname.slice(1)}${packaged.hash}\` in the instance-preflight package)`;
  });
  markdown = markdown.replace(/\n{3,}/g, '\n\n').trim();
  const text = mapLinks(markdown, (label, target) => `${label} (${target})`).replaceAll('**', '');
  return { text, markdown };
}
