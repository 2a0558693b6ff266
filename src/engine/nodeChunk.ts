import { createRequire } from 'node:module';

let load: NodeJS.Require | undefined;

/**
 * Loads a chunk of the Node bundles (`dist/node/chunks/<name>.js`, `scripts/bundle-lib.ts`) that holds what
 * a valid payload never needs: a message table, an about text, error codes. `require()` of an ES module file
 * loads it synchronously (Node >= 20.19) and links it to the chunks already loaded, so it shares their
 * objects. The bundler puts this module in the chunk that the root entry shares with the others, beside the
 * chunks it loads; `require` is made on the first call (making it takes longer than a chunk's stand-ins).
 *
 * @param name The chunk's name, without `.js`.
 *
 * @returns The chunk's module namespace.
 *
 * @throws {Error} When the chunk's file is not beside this one: an app bundler took the package's `node`
 * build, which no bundler can follow into its chunks, instead of its `module` one.
 */
export function loadChunk(name: string): unknown {
  load ??= createRequire(import.meta.url);
  try {
    return load(`./${name}.js`);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error(
      `instance-preflight: its file chunks/${name}.js is not beside this code, so an app bundler took the package's ` +
        '`node` build, whose chunks load at run time. Bundle its `module` build instead (esbuild, webpack, Rollup and ' +
        'Vite take it unless their conditions are set: add `module` to yours), or keep instance-preflight external.',
      { cause: error },
    );
  }
}
