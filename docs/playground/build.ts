/**
 * `npm run playground:build`: bundles the playground from the project's own
 * sources (the package entry `src/index.ts`, the query decoder, the CLI's
 * readers) into `docs/playground/dist/` (git-ignored), with the repository's
 * examples put in at build time, and prints the bundle's gzip size. Open
 * `docs/playground/index.html` through any static server afterwards.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { collectExamples } from './collectExamples.ts';

/** Built playground interface: where the bundle is and how large. */
export interface BuiltPlayground {
  /** The bundle's path. */
  readonly outfile: string;
  /** Its size in bytes. */
  readonly bytes: number;
  /** Its gzip size in bytes (level 9). */
  readonly gzipBytes: number;
}

/**
 * Builds the playground bundle.
 *
 * @returns The bundle's path and sizes.
 */
export async function buildPlayground(): Promise<BuiltPlayground> {
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
    legalComments: 'none',
    define: { PLAYGROUND_EXAMPLES: JSON.stringify(await collectExamples()) },
    logLevel: 'warning',
  });
  const code = await readFile(outfile);
  return { outfile, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await buildPlayground();
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`Wrote ${built.outfile}: ${kb(built.bytes)}, ${kb(built.gzipBytes)} gzip`);
}
