/**
 * Describes a JSON-like value as text without recursion, so a 10,000-level payload can be
 * compared before and after a call without overflowing the test's own stack (as
 * `JSON.stringify`, `structuredClone` and deep equality all do at that depth).
 *
 * @param value The value.
 *
 * @returns The text: equal texts mean equal keys, order and primitive values.
 */
export function fingerprint(value: unknown): string {
  const parts: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'object' && item !== null) {
      const keys = Object.keys(item);
      parts.push(`${Array.isArray(item) ? '[' : '{'}${keys.length}:${JSON.stringify(keys)}`);
      for (let index = keys.length - 1; index >= 0; index--) stack.push((item as Record<string, unknown>)[keys[index] as string]);
    } else parts.push(typeof item === 'string' ? JSON.stringify(item) : `${typeof item}:${String(item)}`);
  }
  return parts.join('\n');
}
