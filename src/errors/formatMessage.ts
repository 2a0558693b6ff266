import type { Finding } from '../rules/finding.ts';
import type { MessageTable } from './messages/types.ts';

/**
 * Formats a finding's message in one language.
 *
 * @param finding The finding.
 * @param table The language's message table.
 *
 * @returns The message: what is wrong and what would pass.
 */
export function formatMessage(finding: Finding, table: MessageTable): string {
  const message = table.rules[finding.rule](finding.params ?? {});
  return finding.os ? table.forOs(finding.os, message) : message;
}
