/**
 * Part of `npm run build` (after `tsc`): bundles each library entry point of
 * `package.json` `exports` for Node, into `dist/node/` with the shared code
 * split into `dist/node/chunks/`; `exports` sends the `node` condition there.
 * Node resolves, reads and links every ES module on its own: the 79 modules
 * `tsc` emits for the root entry took about 60 ms to import, the bundle about
 * 15 ms. Browser bundlers keep the `default` condition, `tsc`'s one module per
 * file, which tree-shakes better than pre-bundled chunks (9.9 KB against
 * 11.4 KB gzip for the Tencent form schema). Dependencies stay external.
 * The bundles are minified (a smaller source compiles faster: cold start is
 * mostly compile time), with source maps, and `createSchema` reads valibot's
 * global config through `src/engine/nodeGlobalConfig.ts`, so no Node entry
 * loads valibot before a schema validates (`test/package/valibotLoad.test.ts`).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

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
  const star = name.indexOf('*');
  if (star < 0) return [name];
  const [before, after] = [name.slice(0, star), name.slice(star + 1)];
  return readdirSync(join(ROOT, 'src', before), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${before}${entry.name}${after}`)
    .filter((candidate) => existsSync(join(ROOT, 'src', `${candidate}.ts`)));
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

/**
 * Builds the library bundles into `dist/`.
 *
 * @returns Nothing; throws when esbuild fails.
 */
export async function bundleLibrary(): Promise<void> {
  const outdir = join(ROOT, 'dist', NODE_DIR);
  // Chunk names carry content hashes: clear the previous build so no chunk goes stale.
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: libraryEntries(),
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    packages: 'external',
    // PreflightError sets its `name` itself; source maps give stack traces their names back.
    minify: true,
    sourcemap: true,
    plugins: [lazyValibot],
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundleLibrary();
