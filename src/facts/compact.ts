/** An object whose `undefined` members are left out: each becomes optional. */
export type Compact<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/**
 * Drops the `undefined` members of a facts object, so a fact the response
 * lacks is absent rather than present and empty.
 *
 * @param value The object.
 *
 * @returns The object without `undefined` members.
 */
export function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Compact<T>;
}
