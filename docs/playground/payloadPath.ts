import type { PathSegment } from '../../src/index.ts';

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/**
 * Reads the value at a wire path.
 *
 * @param root The payload.
 * @param path The path.
 *
 * @returns The value, or `undefined` where the path leads nowhere.
 */
export function getAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (!isContainer(value) || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

/**
 * Sets the value at a wire path, creating objects on the way; `undefined`
 * removes the key, and an object left empty goes too (the form's empty input
 * means "not sent"). List elements are kept in place: their rows are removed
 * with {@link removeAt}.
 *
 * @param root The payload (changed in place).
 * @param path The path (not empty).
 * @param value The value, or `undefined` to remove it.
 */
export function setAt(root: Record<string, unknown>, path: readonly PathSegment[], value: unknown): void {
  const parents: Container[] = [root];
  let target: Container = root;
  for (const segment of path.slice(0, -1)) {
    const next: unknown = (target as Record<PathSegment, unknown>)[segment];
    if (!isContainer(next)) {
      if (value === undefined) return;
      (target as Record<PathSegment, unknown>)[segment] = {};
    }
    target = (target as Record<PathSegment, unknown>)[segment] as Container;
    parents.push(target);
  }
  const last = path[path.length - 1] as PathSegment;
  if (value !== undefined) {
    (target as Record<PathSegment, unknown>)[last] = value;
    return;
  }
  if (Array.isArray(target)) target[last as number] = '';
  else delete target[last as string];
  for (let depth = parents.length - 1; depth > 0; depth--) {
    const node = parents[depth] as Container;
    // A list element stays (an empty row is still an element); only objects left empty go.
    if (Array.isArray(node) || Array.isArray(parents[depth - 1]) || Object.keys(node).length > 0) break;
    delete (parents[depth - 1] as Record<PathSegment, unknown>)[path[depth - 1] as PathSegment];
  }
}

/**
 * Removes a list element (a form row), and the list once it is empty.
 *
 * @param root The payload (changed in place).
 * @param path The element's path (its last segment is the index).
 */
export function removeAt(root: Record<string, unknown>, path: readonly PathSegment[]): void {
  const list = getAt(root, path.slice(0, -1));
  if (!Array.isArray(list)) return;
  list.splice(path[path.length - 1] as number, 1);
  if (list.length === 0) setAt(root, path.slice(0, -1), undefined);
}
