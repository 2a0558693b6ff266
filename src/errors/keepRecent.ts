/**
 * Keeps an entry first among a key's recent entries, newest first: past `bound` the oldest goes. What the
 * issue-building memos (messages, vendor codes) keep per rule, so memory stays bounded by keys × `bound`.
 *
 * @param recent The recent entries by key.
 * @param key The key.
 * @param entry The entry to keep.
 * @param bound The most entries kept per key.
 */
export function keepRecent<TKey, TEntry>(recent: Map<TKey, TEntry[]>, key: TKey, entry: TEntry, bound: number): void {
  let entries = recent.get(key);
  if (entries === undefined) recent.set(key, (entries = []));
  if (entries.length === bound) entries.pop();
  entries.unshift(entry);
}
