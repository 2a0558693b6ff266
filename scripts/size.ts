/**
 * `npm run size`: bundles one vendor's ResetInstance form schema with English
 * messages (and with English + zh-CN) the way an app's bundler would
 * (esbuild, ESM, minified, tree-shaken, browser platform) and reports
 * minified and gzip bytes per vendor. `test/browser/size.test.ts` holds the
 * budget.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** One measured bundle. */
export interface SizeRow {
  readonly vendor: string;
  readonly factory: string;
  readonly minified: number;
  readonly gzip: number;
  readonly gzipWithZhCN: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Issue 6's budget: one vendor's form schema with English messages, and what zh-CN may add (gzip bytes). */
export const BUDGET = { gzip: 4096, zhCNExtra: 1536 } as const;

const ENTRIES = [
  { vendor: 'tencent', factory: 'resetInstance' },
  { vendor: 'jdcloud', factory: 'rebuildInstance' },
  { vendor: 'zenlayer', factory: 'resetInstance' },
] as const;

async function bundle(source: string): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    treeShaking: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
}

/**
 * Measures every vendor's form schema bundle.
 *
 * @returns One row per vendor.
 */
export async function measure(): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  for (const { vendor, factory } of ENTRIES) {
    const schema = `import { ${factory} } from './src/schemas/${vendor}/index.ts';\nimport { en } from './src/errors/messages/en.ts';\n`;
    const english = await bundle(`${schema}export const schema = ${factory}({ form: true, messages: [en] });\n`);
    const both = await bundle(
      `${schema}import { zhCN } from './src/errors/messages/zhCN.ts';\nexport const schema = ${factory}({ form: true, messages: [en, zhCN] });\n`,
    );
    rows.push({
      vendor,
      factory,
      minified: english.byteLength,
      gzip: gzipSync(english, { level: 9 }).byteLength,
      gzipWithZhCN: gzipSync(both, { level: 9 }).byteLength,
    });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await measure();
  console.log(`budget: ${BUDGET.gzip} B gzip with English, ${BUDGET.zhCNExtra} B more with zh-CN`);
  console.log('vendor    form schema          minified   gzip (en)   gzip (en + zh-CN)   zh-CN adds   budget');
  for (const row of rows) {
    console.log(
      `${row.vendor.padEnd(9)} ${`${row.factory}({ form })`.padEnd(20)} ${String(row.minified).padStart(8)}   ${String(row.gzip).padStart(9)}   ${String(row.gzipWithZhCN).padStart(17)}   ${String(row.gzipWithZhCN - row.gzip).padStart(10)}   ${row.gzip <= BUDGET.gzip && row.gzipWithZhCN - row.gzip <= BUDGET.zhCNExtra ? 'within' : 'OVER'}`,
    );
  }
}
