import type { Finding, FindingParam, Os } from '../rules/finding.ts';
import type { RuleId } from '../rules/ruleId.ts';
import type { MessageParams, MessageTable } from './messages/types.ts';
import { formatMessage } from './formatMessage.ts';
import { keepRecent } from './keepRecent.ts';

/** The last message made for a rule in one table: its finding's OS, its parameters as read then, and the text. */
interface Entry {
  readonly os: Os | undefined;
  readonly keys: readonly string[];
  readonly values: readonly FindingParam[];
  readonly message: string;
}

/**
 * The longest text parameter an entry keeps: a parameter may quote something of the input (a user name), and an
 * entry lives until the rule's next message in its table, so a long one is formatted each time instead.
 */
const KEPT_TEXT = 256;

const NO_PARAMS: MessageParams = Object.freeze({});

/**
 * The messages kept per rule: one report may break a rule at a few parameters with different parameters (two ids
 * of different shapes, two enumerations), and a single kept message would then be replaced on every issue.
 */
const KEPT_PER_RULE = 4;

const entriesByTable = new WeakMap<MessageTable, Map<RuleId, Entry[]>>();

/** The last table looked up and its entries: the issues of one report all use the same table. */
let lastTable: MessageTable | undefined;
let lastEntries: Map<RuleId, Entry[]> | undefined;

function entriesOf(table: MessageTable): Map<RuleId, Entry[]> {
  if (table === lastTable && lastEntries !== undefined) return lastEntries;
  let entries = entriesByTable.get(table);
  if (entries === undefined) {
    entries = new Map();
    entriesByTable.set(table, entries);
  }
  lastTable = table;
  lastEntries = entries;
  return entries;
}

/**
 * Whether the parameters read now are the entry's, key for key in the same order (`for…in`, inherited enumerable
 * keys included, as a message reads them), lists element for element.
 */
function sameParams(entry: Entry, params: MessageParams): boolean {
  const { keys, values } = entry;
  let index = 0;
  for (const key in params) {
    if (keys[index] !== key) return false;
    const value = params[key];
    const kept = values[index];
    if (value !== kept) {
      if (!Array.isArray(value) || !Array.isArray(kept) || value.length !== kept.length) return false;
      for (let at = 0; at < value.length; at++) if (value[at] !== kept[at]) return false;
    }
    index++;
  }
  return index === keys.length;
}

/** The entry for a message just made, or `undefined` where a parameter is too long to keep. */
function entryOf(os: Os | undefined, params: MessageParams, message: string): Entry | undefined {
  const keys: string[] = [];
  const values: FindingParam[] = [];
  for (const key in params) {
    const value: unknown = params[key];
    if (typeof value === 'string' ? value.length > KEPT_TEXT : typeof value === 'object' && value !== null && !Array.isArray(value)) return undefined;
    keys.push(key);
    // A copy: the finding's list belongs to its rule, which may reuse it.
    values.push(Array.isArray(value) ? [...(value as readonly string[])] : (value as FindingParam));
  }
  return { os, keys, values, message };
}

/**
 * Formats a finding's message as {@link formatMessage} does, reusing a text made for one of the rule's last
 * findings in the same table when the finding's OS and parameters are the same. A rule's parameters come from the API's
 * policy (limits, allowed sets), so the reports of one API mostly repeat them, and formatting is most of the cost
 * of building an issue. A message never holds a secret (nor do the parameters), so keeping one holds none.
 *
 * @param finding The finding.
 * @param table The language's message table.
 *
 * @returns The message, the same text `formatMessage` returns.
 */
export function cachedMessage(finding: Finding, table: MessageTable): string {
  const entries = entriesOf(table);
  const rule = finding.rule;
  const os = finding.os;
  const params = finding.params ?? NO_PARAMS;
  const kept = entries.get(rule);
  if (kept !== undefined) {
    for (let index = 0; index < kept.length; index++) {
      const entry = kept[index] as Entry;
      if (entry.os === os && sameParams(entry, params)) return entry.message;
    }
  }
  const message = formatMessage(finding, table);
  const made = entryOf(os, params, message);
  if (made !== undefined) keepRecent(entries, rule, made, KEPT_PER_RULE);
  return message;
}
