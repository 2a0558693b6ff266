import type { LintMessage, LintRun } from '../types.ts';

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

/**
 * Formats a lint run as JUnit XML: one test case per enabled rule, one failure per finding of that rule
 * (its `type` is the severity), so CI test reports list rules that pass as well as findings.
 *
 * @param run The lint run.
 *
 * @returns The XML text.
 */
export function junit(run: LintRun): string {
  const byRule = new Map<string, { readonly filePath: string; readonly message: LintMessage }[]>();
  for (const result of run.results) {
    for (const message of result.messages) {
      const list = byRule.get(message.ruleId) ?? [];
      list.push({ filePath: result.filePath, message });
      byRule.set(message.ruleId, list);
    }
  }
  const ruleIds = [...run.rules.map((rule) => rule.id as string), ...[...byRule.keys()].filter((id) => !run.rules.some((rule) => rule.id === id))];
  let failures = 0;
  const cases = ruleIds.map((id) => {
    const findings = byRule.get(id) ?? [];
    failures += findings.length;
    const body = findings
      .map(({ filePath, message }) => {
        const where = `${filePath}:${message.line}:${message.column} ${message.pointer}`;
        return `      <failure type="${message.severity}" message="${escapeXml(message.message)}">${escapeXml(where)}</failure>\n`;
      })
      .join('');
    return body
      ? `    <testcase classname="instance-preflight" name="${escapeXml(id)}">\n${body}    </testcase>\n`
      : `    <testcase classname="instance-preflight" name="${escapeXml(id)}"/>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="instance-preflight" tests="${ruleIds.length}" failures="${failures}">\n` +
    `  <testsuite name="instance-preflight" tests="${ruleIds.length}" failures="${failures}" errors="0">\n` +
    cases.join('') +
    '  </testsuite>\n</testsuites>\n'
  );
}
