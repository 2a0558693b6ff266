/**
 * Part of `npm run build` (after `tsc`): bundles the CLI from `src/cli/main.ts` into `dist/cli.js` (the
 * package's `bin`) with every dependency inlined. Node resolves, reads and links each ES module on its
 * own, so the hundreds of modules `tsc` emits start several times slower than one bundle. What only a
 * lint run needs (validators, readers and formatters; the SARIF formatter, the glob walker and the config
 * schema only when used) is split into chunks under `dist/cli-chunks/` that the CLI's dynamic `import()`s
 * load on demand: `--version` reads one small file, and a lint of JSON files never loads the YAML parser.
 */
import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { perVendorRules } from './perVendorRules.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The directory of the lazily loaded chunks, inside `dist/`. */
export const CHUNKS_DIR = 'cli-chunks';

/**
 * Builds the CLI bundle.
 *
 * @param outdir The output directory (`dist/` of the package unless a test builds elsewhere).
 *
 * @returns The path of the bin file.
 */
export async function bundleCli(outdir = join(ROOT, 'dist')): Promise<string> {
  // Chunk names carry content hashes: clear the previous build's chunks so none go stale.
  rmSync(join(outdir, CHUNKS_DIR), { recursive: true, force: true });
  await build({
    entryPoints: { cli: join(ROOT, 'src/cli/main.ts') },
    outdir,
    chunkNames: `${CHUNKS_DIR}/[name]-[hash]`,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'bundle',
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    // Chinese messages as UTF-8, one source character each rather than a six-character \u escape: less to parse at start.
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [perVendorRules],
    // picomatch and yaml are CommonJS: give each ESM file a `require` for their Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const bin = join(outdir, 'cli.js');
  chmodSync(bin, 0o755);
  return bin;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundleCli();
