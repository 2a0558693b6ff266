/**
 * `npm run playground:build`: bundles the playground from the project's own
 * sources into `docs/playground/dist/` (git-ignored). Open
 * `docs/playground/index.html` through any static server afterwards.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Builds the playground bundle.
 *
 * @returns The path of the written bundle.
 */
export async function buildPlayground(): Promise<string> {
  const outfile = fileURLToPath(new URL('./dist/main.js', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('./main.ts', import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(`Wrote ${await buildPlayground()}`);
