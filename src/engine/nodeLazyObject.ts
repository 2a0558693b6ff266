/**
 * Creates an object that stands in for one the Node bundles load on first need (`scripts/bundle-lib.ts`
 * writes one per export of a module it defers, such as an API's about texts): it has that object's keys,
 * in order, each an accessor that loads the object on its first read and then becomes a data property
 * holding the value it read (unless the stand-in was sealed or frozen meanwhile: then it stays an
 * accessor). So the stand-in reads as the object does, and the module is loaded only when one of its
 * values is read (a report with an issue, JSON Schema export), never to check a valid payload.
 *
 * @param load Returns the object (loading its module the first time).
 * @param keys The object's own enumerable keys, in order, as the bundler read them; for an array, its length
 * (the stand-in then is an array of that length).
 *
 * @returns The stand-in.
 */
export function lazyObject<T extends object>(load: () => T, keys: readonly string[] | number): T {
  const array = typeof keys === 'number';
  const target = (array ? [] : {}) as T;
  const count = array ? keys : keys.length;
  // A plain loop, an array's keys its indexes as numbers: 27 stand-ins are made at import, about 0.1 ms less so.
  for (let index = 0; index < count; index++) {
    const key = array ? index : (keys[index] as string);
    Object.defineProperty(target, key, {
      configurable: true,
      enumerable: true,
      get(): unknown {
        const value = (load() as Record<string, unknown>)[key];
        // A caller may have frozen or sealed the stand-in (an issue's `vendor`, say): its accessors then stay.
        if (!Object.isSealed(target)) Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
    });
  }
  return target;
}
