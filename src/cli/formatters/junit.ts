import type { FileResult, LintRun } from '../types.ts';
import { escapeText } from './escapeText.ts';

/** Escapes XML text and attribute values, dropping characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Input text for XML: controls made visible first (a log viewer renders none of them), then XML-escaped. */
const fromInput = (text: string): string => escapeXml(escapeText(text, Number.POSITIVE_INFINITY));

/** Message text: ours, but it may quote input, so each line is escaped on its own and the line breaks kept. */
const messageText = (text: string): string => text.split(/\r\n|\r|\n/).map(fromInput).join('\n');

const LABELS = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

function suite(result: FileResult): string {
  const file = fromInput(result.filePath);
  if (result.messages.length === 0) {
    return `  <testsuite name="${file}" tests="1" failures="0" errors="0">\n    <testcase classname="${file}" name="${file}"/>\n  </testsuite>\n`;
  }
  const cases = result.messages.map((message) => {
    const text = messageText(message.message);
    const detail = `${LABELS[message.severity]} at line ${message.line}, column ${message.column} (${fromInput(message.pointer) || '/'}): ${text} [${message.ruleId}]`;
    return (
      `    <testcase classname="${file}" name="${escapeXml(message.ruleId)} ${message.line}:${message.column}">\n` +
      `      <failure type="${message.severity}" message="${text}">${detail}</failure>\n` +
      '    </testcase>\n'
    );
  });
  const count = result.messages.length;
  return `  <testsuite name="${file}" tests="${count}" failures="${count}" errors="0">\n${cases.join('')}  </testsuite>\n`;
}

/**
 * Formats a lint run as JUnit XML in ESLint's and Spectral's shape: one test suite per file, one failed
 * test case per finding (named by rule and position; the failure's `type` is the severity), and one
 * passing test case for a file with no finding. File paths, pointers and messages have their control
 * characters made visible before XML escaping.
 *
 * @param run The lint run.
 *
 * @returns The XML text.
 */
export function junit(run: LintRun): string {
  let tests = 0;
  let failures = 0;
  for (const result of run.results) {
    tests += Math.max(1, result.messages.length);
    failures += result.messages.length;
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="instance-preflight" tests="${tests}" failures="${failures}" errors="0">\n` +
    run.results.map(suite).join('') +
    '</testsuites>\n'
  );
}
