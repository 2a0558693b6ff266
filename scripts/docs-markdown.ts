/**
 * Formats text as inline code that survives inside a Markdown table: backticks get a longer fence,
 * vertical bars are escaped (GFM splits cells on them even inside code spans).
 *
 * @param value The text.
 *
 * @returns The inline code span.
 */
export function code(value: string): string {
  const escaped = value.replaceAll('|', '\\|');
  if (value === '') return '`""`';
  return value.includes('`') ? `\`\` ${escaped} \`\`` : `\`${escaped}\``;
}

/**
 * Escapes table-breaking characters in plain table text.
 *
 * @param value The text.
 *
 * @returns The text with `|` escaped and line breaks turned into spaces.
 */
export function cell(value: string): string {
  return value.replaceAll('|', '\\|').replaceAll(/\r?\n/g, ' ');
}

/**
 * Renders a Markdown table.
 *
 * @param head The header cells.
 * @param rows The body rows (already formatted cells).
 *
 * @returns The table.
 */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}
