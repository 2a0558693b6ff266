/**
 * Part of `npm run build` (after `tsc`): bundles the library entry points of
 * `package.json` `exports` for Node into `dist/node/`; `exports` sends the
 * `node` condition there. The root entry's file (`dist/node/index.js`) holds
 * its own code; every other entry (`dist/node/schemas/tencent/index.js`, ...)
 * re-exports its part of `dist/node/chunks/library.js`; the code the root
 * shares with them is one chunk, so the root entry loads two files. Node
 * resolves, reads and links every ES module on its own (about 0.6 ms a file):
 * `tsc`'s 79 modules for the root entry took about 60 ms to import, and
 * esbuild's splitting over every entry (31 files for the root entry) cost
 * about twice one module's CPU time. Every source module is in one file, so
 * the entries share their objects (`apis`, the tables, the records).
 *
 * What a valid payload never needs is left out of the root's load path and
 * loaded on first need, synchronously (`require()` of an ES module file,
 * Node >= 20.19, `src/engine/nodeChunk.ts`), from a chunk of its own: each
 * language's messages (`src/errors/messages/nodeTables.ts` stands in for the
 * tables), and the about texts, error codes and rule identities (stand-ins of
 * `src/engine/nodeLazyObject.ts` with the keys the bundler read). What only a query-encoded payload or
 * `options.facts` calls, the query decoder and the facts' check, and the helpers (`generatePassword`, ...),
 * loads from a chunk of its own on its first call (a stand-in function of the same name and `length` calls
 * it there): 11.2 KB less for the root to compile.
 * `test/package/lazyChunks.test.ts` holds what the root entry loads. The vendors' specs stay in the
 * root's chunk: a process's first `require()` of a chunk costs about 1.5-2 ms, more than moving the
 * vendors a first call does not use out of the root saves (docs/architecture.md, "Builds").
 *
 * Each vendor's code gets its own copy of the rule modules (`scripts/perVendorRules.ts` says why).
 *
 * Entries that import valibot as they load (`./json-schema`, through its
 * converter peer) are bundled on their own, so the two modules never do. Bundlers keep the `module` and `default` conditions, `tsc`'s one module per
 * file, which tree-shakes better than pre-bundled chunks (9.9 KB against
 * 11.4 KB gzip for the Tencent form schema). Dependencies stay external.
 * The bundles are minified (a smaller source compiles faster: cold start is
 * mostly compile time), with source maps, and `createSchema` reads valibot's
 * global config through `src/engine/nodeGlobalConfig.ts`, so no Node entry
 * loads valibot before a schema validates (`test/package/valibotLoad.test.ts`).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { perVendorRules, VENDOR_RULES } from './perVendorRules.ts';
import { importedFile, packageFile, packagePath } from './pluginPaths.ts';
import { starMatches } from './starMatches.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the Node bundles go, inside `dist/`. */
const NODE_DIR = 'node';

interface ExportTarget {
  readonly types?: string;
  readonly default?: string;
}

/**
 * Expands an output name with one `*` (a subpath pattern's target: `schemas/`, star, `/guard/index`) to the
 * names whose source exists, one per folder at the star (`schemas/tencent/guard/index`, ...).
 *
 * @param name The output name, with or without a star.
 *
 * @returns The output names.
 */
function expandPattern(name: string): string[] {
  if (!name.includes('*')) return [name];
  return starMatches(join(ROOT, 'src', `${name}.ts`)).map((folder) => name.replace('*', folder));
}

/**
 * Lists the library entry points: each `exports` `default` target under `dist/` (a subpath pattern's, such
 * as `./guard/*`, once per source it matches), keyed by its output name.
 *
 * @returns The esbuild entry points (`index` -> `src/index.ts`, `schemas/tencent/index` -> ...).
 */
export function libraryEntries(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, ExportTarget | string> };
  const entries: Record<string, string> = {};
  for (const target of Object.values(manifest.exports)) {
    const file = typeof target === 'string' ? undefined : target.default;
    if (!file?.startsWith('./dist/') || !file.endsWith('.js')) continue;
    for (const name of expandPattern(file.slice('./dist/'.length, -'.js'.length))) entries[name] = join(ROOT, 'src', `${name}.ts`);
  }
  return entries;
}

/** The one module of the bundles that imports valibot's runtime, and what stands in for valibot there. */
const SCHEMA_BUILDER = join(ROOT, 'src', 'engine', 'createSchema.ts');
const LAZY_VALIBOT = join(ROOT, 'src', 'engine', 'nodeGlobalConfig.ts');

/** Sends createSchema's `import { getGlobalConfig } from 'valibot'` to the lazy loader (types are erased before). */
const lazyValibot: Plugin = {
  name: 'lazy-valibot',
  setup(plugins) {
    plugins.onResolve({ filter: /^valibot$/ }, (args) => (args.importer === SCHEMA_BUILDER ? { path: LAZY_VALIBOT } : undefined));
  },
};

/** The language modules of the full tables, and the module that stands in for their tables in the Node bundles. */
const MESSAGES = join(ROOT, 'src', 'errors', 'messages');
const LAZY_TABLES = join(MESSAGES, 'nodeTables.ts');

/**
 * The chunks loaded on first need (`chunks/<name>.js`, required by `nodeTables.ts`), each a language
 * module, and the name of its table, which `nodeTables.ts` exports in its place: a valid payload loads
 * neither language.
 */
const LAZY_CHUNKS: Readonly<Record<string, { readonly source: string; readonly table: string }>> = {
  'messages-en': { source: join(MESSAGES, 'en.ts'), table: 'en' },
  'messages-zh-CN': { source: join(MESSAGES, 'zhCN.ts'), table: 'zhCN' },
};

const LANGUAGE_MODULES = Object.values(LAZY_CHUNKS).map(({ source }) => source);

/**
 * The modules of plain objects and arrays loaded on first need, each in a chunk of its own (`chunks/<name>.js`),
 * none read to check a valid payload: the APIs' about texts (`src/schemas/<vendor>/<name>About.ts`) and error
 * codes (`errorCodes.ts`), read by a report with an issue, JSON Schema export and the docs, and the rule
 * identities (`src/rules/ruleId.ts`), read for a finding's severity and a message table. Every other module
 * imports a stand-in of `lazyObject`s instead.
 */
const DEFERRED_OBJECTS: Readonly<Record<string, string>> = Object.fromEntries([
  ['rules-ruleId', join(ROOT, 'src', 'rules', 'ruleId.ts')],
  ...readdirSync(join(ROOT, 'src', 'schemas'), { withFileTypes: true })
    .filter((vendor) => vendor.isDirectory())
    .flatMap((vendor) =>
      readdirSync(join(ROOT, 'src', 'schemas', vendor.name))
        .filter((file) => file.endsWith('About.ts') || file === 'errorCodes.ts')
        .map((file) => [`${vendor.name}-${file.slice(0, -'.ts'.length)}`, join(ROOT, 'src', 'schemas', vendor.name, file)]),
    ),
]);

/**
 * The modules of functions loaded on first call, each in a chunk of its own (`chunks/<name>.js`), none called
 * to check a JSON payload without facts: the query decoder (`encoding: 'query'`), the facts' check
 * (`options.facts`) and the helpers (the root entry's own, `src/helpers/index.ts`). Every other module imports a stand-in with the same function names, each loading the
 * chunk on its first call and calling the function there.
 */
const DEFERRED_FUNCTIONS: Readonly<Record<string, string>> = {
  'query-decodeQuery': join(ROOT, 'src', 'encoding', 'query', 'decodeQuery.ts'),
  'preflight-checkFacts': join(ROOT, 'src', 'preflight', 'checkFacts.ts'),
  helpers: join(ROOT, 'src', 'helpers', 'index.ts'),
};

const LAZY_OBJECT = join(ROOT, 'src', 'engine', 'nodeLazyObject.ts');
const LOAD_CHUNK = join(ROOT, 'src', 'engine', 'nodeChunk.ts');

/** Whether an importer is a lazy chunk's module, the one importer that takes a deferred module itself. */
const isLazyChunk = (importer: string, namespace: string): boolean =>
  namespace === 'library' && (importer in LAZY_CHUNKS || importer in DEFERRED_OBJECTS || importer in DEFERRED_FUNCTIONS);

/** Whether an importer reads a language module's messages themselves: the module itself, a vendor's table, a lazy chunk. */
const readsMessages = (importer: string, namespace: string): boolean =>
  LANGUAGE_MODULES.includes(importer) || /[\\/]src[\\/]schemas[\\/][^\\/]+[\\/]messages[\\/]/.test(importer) || isLazyChunk(importer, namespace);

/**
 * Creates the source of a deferred module's stand-in: each export a `lazyObject` over the export of the
 * module's chunk, with the keys the export has (the bundler read them by importing the module).
 */
async function standInModule(chunk: string, source: string): Promise<string> {
  const module = (await import(pathToFileURL(source).href)) as Record<string, unknown>;
  const exports = Object.entries(module).map(([name, value]) => {
    const array = Array.isArray(value);
    if (typeof value !== 'object' || value === null || (!array && Object.getPrototypeOf(value) !== Object.prototype)) {
      throw new Error(`${relative(ROOT, source)}: export ${name} is neither a plain object nor an array, so it cannot be deferred`);
    }
    const keys = array ? value.length : Object.keys(value);
    return `export const ${name} = /* @__PURE__ */ lazyObject(() => loadChunk(${JSON.stringify(chunk)}).${name}, ${JSON.stringify(keys)});`;
  });
  return [`import { lazyObject } from ${JSON.stringify(LAZY_OBJECT)};`, `import { loadChunk } from ${JSON.stringify(LOAD_CHUNK)};`, ...exports].join('\n');
}

/** Sends every import of a deferred module but its chunk's to the module's stand-in. */
function deferredObjects(standIns: Readonly<Record<string, string>>): Plugin {
  const chunks = new Map(Object.entries(DEFERRED_OBJECTS).map(([chunk, source]) => [source, chunk]));
  return {
    name: 'deferred-objects',
    setup(plugins) {
      plugins.onResolve({ filter: /(About|errorCodes|ruleId)\.ts$/ }, (args) => {
        const target = importedFile(args);
        return chunks.has(target) && !isLazyChunk(args.importer, args.namespace) ? { path: packagePath(target), namespace: 'deferred' } : undefined;
      });
      plugins.onLoad({ filter: /.*/, namespace: 'deferred' }, (args) => ({
        contents: standIns[chunks.get(packageFile(args.path)) as string] as string,
        resolveDir: ROOT,
        loader: 'js',
      }));
    },
  };
}

/**
 * Creates the source of a deferred function module's stand-in: each export a function of the same name and
 * `length` that loads the module's chunk on its first call and calls the chunk's function with its arguments.
 */
async function functionStandIn(chunk: string, source: string): Promise<string> {
  const module = (await import(pathToFileURL(source).href)) as Record<string, unknown>;
  const exports = Object.entries(module).map(([name, value]) => {
    if (typeof value !== 'function') throw new Error(`${relative(ROOT, source)}: export ${name} is not a function, so it cannot be deferred`);
    const parameters = Array.from({ length: value.length }, (_, index) => `p${index}`).join(', ');
    return `export function ${name}(${parameters}) { return (module ??= loadChunk(${JSON.stringify(chunk)})).${name}(...arguments); }`;
  });
  return [`import { loadChunk } from ${JSON.stringify(LOAD_CHUNK)};`, 'let module;', ...exports].join('\n');
}

/** Sends every import of a deferred function module but its chunk's to the module's stand-in. */
function deferredFunctions(standIns: Readonly<Record<string, string>>): Plugin {
  const chunks = new Map(Object.entries(DEFERRED_FUNCTIONS).map(([chunk, source]) => [source, chunk]));
  return {
    name: 'deferred-functions',
    setup(plugins) {
      const names = Object.values(DEFERRED_FUNCTIONS).map((source) => basename(source, '.ts'));
      plugins.onResolve({ filter: new RegExp(`(^|[\\\\/])(${names.join('|')})\\.ts$`) }, (args) => {
        const target = importedFile(args);
        return chunks.has(target) && !isLazyChunk(args.importer, args.namespace) ? { path: packagePath(target), namespace: 'deferred-function' } : undefined;
      });
      plugins.onLoad({ filter: /.*/, namespace: 'deferred-function' }, (args) => ({
        contents: standIns[chunks.get(packageFile(args.path)) as string] as string,
        resolveDir: ROOT,
        loader: 'js',
      }));
    },
  };
}

/**
 * Sends the full tables to `nodeTables.ts`, which loads a language's chunk on its first message: every
 * import of a language module but those that read its messages (esbuild fails the build if one takes
 * another name than the table), and the tables of `validate()` (`tables.ts`).
 */
const lazyTables: Plugin = {
  name: 'lazy-tables',
  setup(plugins) {
    plugins.onResolve({ filter: /(^|[\\/])(en|zhCN|tables)\.ts$/ }, (args) => {
      const target = importedFile(args);
      if (target === join(MESSAGES, 'tables.ts')) return { path: LAZY_TABLES };
      return LANGUAGE_MODULES.includes(target) && !readsMessages(args.importer, args.namespace) ? { path: LAZY_TABLES } : undefined;
    });
  },
};

/** What every Node bundle is built with. */
const NODE_OPTIONS: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  packages: 'external',
  // PreflightError sets its `name` itself; source maps give stack traces their names back.
  minify: true,
  // Chinese messages as UTF-8 rather than \u escapes: 6 source characters fewer each (about 10% less compile time).
  charset: 'utf8',
  sourcemap: true,
  plugins: [lazyValibot],
  logLevel: 'warning',
};

/** An entry's export names, and whether its bundle imports valibot as it loads. */
async function inspect(source: string): Promise<{ exports: string[]; valibot: boolean }> {
  const result = await build({ ...NODE_OPTIONS, entryPoints: [source], write: false, metafile: true, outdir: join(ROOT, 'dist', NODE_DIR), logLevel: 'silent' });
  const output = Object.values(result.metafile.outputs).find((candidate) => candidate.entryPoint !== undefined);
  const valibot = (output?.imports ?? []).some((imported) => imported.external && /^(valibot|@valibot\/)/.test(imported.path));
  return { exports: output?.exports ?? [], valibot };
}

/** Where an entry's part of a library module is exported: its names under a prefix of its own. */
const alias = (index: number, name: string): string => `e${index}$${name}`;

/**
 * The root entry (`instance-preflight`): the one whose cold start counts, so its own code is its file
 * (`dist/node/index.js`), which imports only the chunks of the code it shares with the other entries.
 */
const ROOT_ENTRY = 'index';

/** The module of the other entries (`dist/node/chunks/library.js`), which their files re-export. */
const LIBRARY = 'library';

/** An entry, inspected. */
interface Entry {
  readonly name: string;
  readonly source: string;
  readonly exports: string[];
  readonly valibot: boolean;
}

/**
 * The source of a library module that re-exports the given entries, each under its aliases. A language
 * module's entry takes its messages from its lazy chunk's module and its table from `nodeTables.ts`.
 */
function libraryModule(entries: readonly { entry: Entry; index: number }[], aliased: boolean): string {
  const reexport = (names: readonly string[], index: number, from: string): string =>
    names.length === 0 ? '' : `export { ${names.map((name) => (aliased ? `${name} as ${alias(index, name)}` : name)).join(', ')} } from ${JSON.stringify(from)};`;
  return entries
    .map(({ entry, index }) => {
      const lazy = Object.entries(LAZY_CHUNKS).find(([, chunk]) => chunk.source === entry.source);
      if (lazy === undefined) return reexport(entry.exports, index, entry.source);
      const [name, { table }] = lazy;
      return `${reexport([table], index, entry.source)}\n${reexport(entry.exports.filter((exported) => exported !== table), index, `library:${name}`)}`;
    })
    .join('\n');
}

/** The source of a lazy chunk: its language module's exports by name but the table, so the table's code (and the rule catalog it reads) is left out. */
async function lazyChunkModule(name: string): Promise<string> {
  const { source, table } = LAZY_CHUNKS[name] as (typeof LAZY_CHUNKS)[string];
  const { exports } = await inspect(source);
  return `export { ${exports.filter((exported) => exported !== table).join(', ')} } from ${JSON.stringify(source)};`;
}

/**
 * Lists the source modules the root entry's module reaches and so do the library module or a lazy chunk.
 *
 * @param metafile A build's metafile, its entry points the virtual modules (`library:<name>`).
 *
 * @returns Their absolute paths.
 */
function sharedWithRoot(metafile: Metafile): string[] {
  const reach = (start: string): Set<string> => {
    const seen = new Set<string>();
    const visit = (path: string): void => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const imported of metafile.inputs[path]?.imports ?? []) if (!imported.external) visit(imported.path);
    };
    visit(start);
    return seen;
  };
  const others = new Set([LIBRARY, ...Object.keys(LAZY_CHUNKS), ...Object.keys(DEFERRED_OBJECTS)].flatMap((module) => [...reach(`library:${module}`)]));
  // A vendor's copy of a rule module goes by its namespace and path (`vendor-rules-<vendor>:src/rules/...`), as the library module imports it.
  return [...reach(`library:${ROOT_ENTRY}`)]
    .filter((path) => others.has(path) && !/^(library|deferred|deferred-function):/.test(path))
    .map((path) => (path.startsWith(VENDOR_RULES) ? path : join(ROOT, path)));
}

/**
 * Builds the library bundles into `dist/`.
 *
 * @returns Nothing; throws when esbuild fails.
 */
export async function bundleLibrary(): Promise<void> {
  const outdir = join(ROOT, 'dist', NODE_DIR);
  const entries: Entry[] = await Promise.all(
    Object.entries(libraryEntries()).map(async ([name, source]) => ({ name, source, ...(await inspect(source)) })),
  );
  // Only once every entry bundles: a failing build keeps the previous one.
  rmSync(outdir, { recursive: true, force: true });
  const indexed = entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => !entry.valibot);
  // Two modules, the root entry itself (its exports under their own names) and the other entries' (each entry's
  // under its aliases), the lazy chunks, and the chunks of the code they share: esbuild's splitting over these entry
  // points keeps each module of the source in exactly one file.
  const modules: Readonly<Record<string, typeof indexed>> = {
    [ROOT_ENTRY]: indexed.filter(({ entry }) => entry.name === ROOT_ENTRY),
    [LIBRARY]: indexed.filter(({ entry }) => entry.name !== ROOT_ENTRY),
  };
  const lazyChunks: Record<string, string> = Object.fromEntries([
    ...(await Promise.all(Object.keys(LAZY_CHUNKS).map(async (name) => [name, await lazyChunkModule(name)] as const))),
    ...Object.entries({ ...DEFERRED_OBJECTS, ...DEFERRED_FUNCTIONS }).map(([name, source]) => [name, `export * from ${JSON.stringify(source)};`] as const),
  ]);
  const standIns: Record<string, string> = Object.fromEntries(
    await Promise.all(Object.entries(DEFERRED_OBJECTS).map(async ([name, source]) => [name, await standInModule(name, source)] as const)),
  );
  const functionStandIns: Record<string, string> = Object.fromEntries(
    await Promise.all(Object.entries(DEFERRED_FUNCTIONS).map(async ([name, source]) => [name, await functionStandIn(name, source)] as const)),
  );
  // The modules the root entry shares with the others: the library module and the lazy chunks import all of them, so
  // esbuild's splitting (one chunk per set of entry points reaching a module) puts them in one chunk, the only file
  // the root entry's imports.
  let shared: readonly string[] = [];
  const virtual: Plugin = {
    name: 'library-modules',
    setup(plugins) {
      plugins.onResolve({ filter: /^library:/ }, (args) => ({ path: args.path.slice('library:'.length), namespace: 'library' }));
      plugins.onLoad({ filter: /.*/, namespace: 'library' }, (args) => ({
        contents: [
          lazyChunks[args.path] ?? libraryModule(modules[args.path] ?? [], args.path === LIBRARY),
          ...(args.path === ROOT_ENTRY ? [] : shared.map((path) => `import ${JSON.stringify(path)};`)),
        ].join('\n'),
        resolveDir: ROOT,
        loader: 'ts',
      }));
    },
  };
  const options: BuildOptions = {
    ...NODE_OPTIONS,
    entryPoints: {
      [ROOT_ENTRY]: `library:${ROOT_ENTRY}`,
      ...Object.fromEntries([LIBRARY, ...Object.keys(lazyChunks)].map((module) => [`chunks/${module}`, `library:${module}`])),
    },
    outdir,
    splitting: true,
    chunkNames: 'chunks/shared-[hash]',
    plugins: [lazyValibot, lazyTables, deferredObjects(standIns), deferredFunctions(functionStandIns), perVendorRules, virtual],
    // The imports of the shared modules place them; esbuild drops them from the output, as it says.
    logOverride: { 'ignored-bare-import': 'silent' },
  };
  const { metafile } = await build({ ...options, write: false, metafile: true });
  shared = sharedWithRoot(metafile);
  await build(options);
  for (const { entry, index } of modules[LIBRARY] ?? []) {
    const file = join(outdir, `${entry.name}.js`);
    const specifier = `./${relative(dirname(file), join(outdir, 'chunks', `${LIBRARY}.js`)).split('\\').join('/')}`;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `export { ${entry.exports.map((exported) => `${alias(index, exported)} as ${exported}`).join(', ')} } from ${JSON.stringify(specifier)};\n`);
  }
  const separate = entries.filter((entry) => entry.valibot);
  if (separate.length > 0) {
    await build({ ...NODE_OPTIONS, entryPoints: Object.fromEntries(separate.map(({ name, source }) => [name, source])), outdir });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundleLibrary();
