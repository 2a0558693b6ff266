/**
 * `npm run size`: bundles one vendor's ResetInstance form schema with the
 * vendor's English messages (and with English + zh-CN) the way an app's
 * bundler would (esbuild, ESM, minified, tree-shaken, browser platform) and
 * reports minified and gzip bytes per vendor, and for comparison the gzip
 * bytes with the full English table (`instance-preflight/messages/en`, every
 * rule) instead, and where the English bundle's bytes come from (esbuild's
 * metafile: engine, rules, messages, spec, valibot), minified and gzip, and
 * the engine alone (`createSchema` over an empty spec).
 * `test/browser/size.test.ts` holds the budget.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { apis } from '../src/apis.ts';
import { vendorEntries } from './vendorEntries.ts';

/** One measured bundle. */
export interface SizeRow {
  readonly vendor: string;
  readonly factory: string;
  readonly minified: number;
  readonly gzip: number;
  readonly gzipWithZhCN: number;
  /** Gzip bytes with the full English table (every rule) in place of the vendor's. */
  readonly gzipFullEn: number;
  /** Gzip bytes of the same form schema with no message table at all: the engine, the spec and the rules alone. */
  readonly gzipNoMessages: number;
  /** The English bundle's minified bytes by where they come from. */
  readonly parts: Readonly<Record<Part, number>>;
  /**
   * The English bundle's gzip bytes by where they come from: what each module adds to the gzip of the
   * bundle up to it, in bundle order (they sum to the whole, give or take the bundle's closing export).
   */
  readonly gzipParts: Readonly<Record<Part, number>>;
}

/** Where a bundle's bytes come from. */
export type Part = 'engine' | 'rules' | 'messages' | 'spec' | 'valibot';

/** The part a bundled module belongs to, by its path. */
function partOf(path: string): Part {
  if (path.includes('node_modules/valibot/')) return 'valibot';
  if (path.startsWith('src/errors/messages/') || /^src\/schemas\/[^/]+\/messages\//.test(path)) return 'messages';
  if (path.startsWith('src/rules/')) return 'rules';
  if (path.startsWith('src/schemas/')) return 'spec';
  return 'engine';
}

const noParts = (): Record<Part, number> => ({ engine: 0, rules: 0, messages: 0, spec: 0, valibot: 0 });

/**
 * The minified and the gzip bytes of each part. esbuild lists an output's inputs in the order it writes
 * them, so a module's code is the next `bytesInOutput` bytes of the output.
 */
function partsOf(metafile: Metafile, output: Uint8Array): { parts: Record<Part, number>; gzipParts: Record<Part, number> } {
  const parts = noParts();
  const gzipParts = noParts();
  let end = 0;
  let before = 0;
  for (const { inputs } of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(inputs)) {
      end += input.bytesInOutput;
      const upTo = gzipSync(output.subarray(0, end), { level: 9 }).byteLength;
      parts[partOf(path)] += input.bytesInOutput;
      gzipParts[partOf(path)] += upTo - before;
      before = upTo;
    }
  }
  return { parts, gzipParts };
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Issue 16's budget: one vendor's form schema with English messages, and what zh-CN may add (gzip bytes). */
export const BUDGET = { gzip: 4096, zhCNExtra: 1536 } as const;

/** One row per vendor entry: its first API's form factory, and the export of the entry that is that API's payload spec. */
async function sizeEntries(): Promise<{ vendor: string; entry: string; factory: string; spec: string }[]> {
  const rows = [];
  for (const { vendor, source } of vendorEntries()) {
    const api = apis.find((candidate) => candidate.vendor === vendor);
    const module: Record<string, unknown> = await import(join(ROOT, source));
    const spec = Object.keys(module).find((name) => module[name] === api?.payload);
    if (!api || !spec) throw new Error(`${source} exports no payload spec of a ${vendor} API`);
    rows.push({ vendor, entry: source, factory: api.formFactory, spec });
  }
  return rows;
}

async function bundle(source: string): Promise<Uint8Array & ReturnType<typeof partsOf>> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    treeShaking: true,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  return Object.assign(output, partsOf(result.metafile, output));
}

/**
 * Measures every vendor's form schema bundle.
 *
 * @returns One row per vendor.
 */
export async function measure(): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  for (const { vendor, entry, factory, spec } of await sizeEntries()) {
    const english = await bundle(
      `import { ${factory}, en } from '${entry}';\nexport const schema = ${factory}({ form: true, messages: [en] });\n`,
    );
    const both = await bundle(
      `import { ${factory}, en, zhCN } from '${entry}';\nexport const schema = ${factory}({ form: true, messages: [en, zhCN] });\n`,
    );
    const fullEn = await bundle(
      `import { ${factory} } from '${entry}';\nimport { en } from './src/errors/messages/en.ts';\n` +
        `export const schema = ${factory}({ form: true, messages: [en] });\n`,
    );
    // The builder itself, without the vendor factory (which names the vendor's English table as its default).
    const noMessages = await bundle(
      `import { createSchema } from './src/engine/createSchema.ts';\nimport { ${spec} } from '${entry}';\n` +
        `export const schema = createSchema(${spec}, { form: true });\n`,
    );
    rows.push({
      vendor,
      factory,
      minified: english.byteLength,
      gzip: gzipSync(english, { level: 9 }).byteLength,
      gzipWithZhCN: gzipSync(both, { level: 9 }).byteLength,
      gzipFullEn: gzipSync(fullEn, { level: 9 }).byteLength,
      gzipNoMessages: gzipSync(noMessages, { level: 9 }).byteLength,
      parts: english.parts,
      gzipParts: english.gzipParts,
    });
  }
  return rows;
}

/**
 * Measures the engine alone: a form schema (`createSchema`, `form: true`) over a spec with no parameters and
 * no rules, so the walk, form coercion, the entry schemas and the issue mapping without any vendor's rules.
 *
 * @returns Its gzip bytes.
 */
export async function measureEngine(): Promise<number> {
  const engine = await bundle(
    `import { createSchema } from './src/engine/createSchema.ts';\n` +
      `export const schema = createSchema({ fields: {}, unknownSeverity: 'error', checks: [] }, { form: true });\n`,
  );
  return gzipSync(engine, { level: 9 }).byteLength;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await measure();
  const engine = await measureEngine();
  console.log(`budget: ${BUDGET.gzip} B gzip with English, ${BUDGET.zhCNExtra} B more with zh-CN`);
  console.log('vendor    form schema                 minified   gzip (en)   gzip (en + zh-CN)   zh-CN adds   full en table   no messages   budget');
  for (const row of rows) {
    const within = row.gzip <= BUDGET.gzip && row.gzipWithZhCN - row.gzip <= BUDGET.zhCNExtra;
    console.log(
      `${row.vendor.padEnd(9)} ${`${row.factory}({ form })`.padEnd(27)} ${String(row.minified).padStart(8)}   ${String(row.gzip).padStart(9)}   ${String(row.gzipWithZhCN).padStart(17)}   ${String(row.gzipWithZhCN - row.gzip).padStart(10)}   ${String(row.gzipFullEn).padStart(13)}   ${String(row.gzipNoMessages).padStart(11)}   ${within ? 'within' : 'OVER'}`,
    );
  }
  console.log('gzip (en) and zh-CN use the vendor tables (`en`, `zhCN` from the vendor entry); "full en table" is gzip with every rule\'s English message;');
  console.log('"no messages" is the schema with no table at all (messages fall back to rule ids): the floor the rules and the engine set.');
  console.log('');
  console.log(`the engine alone (createSchema over an empty spec, form: true): ${engine} B gzip`);
  console.log('');
  console.log('bytes of the English bundle by part (esbuild metafile), minified / gzip (what each part adds to the gzip, in bundle order):');
  for (const row of rows) {
    const parts = (Object.keys(row.parts) as Part[]).map(
      (part) => `${part} ${row.parts[part]} / ${row.gzipParts[part]} (${Math.round((100 * row.gzipParts[part]) / row.gzip)}%)`,
    );
    console.log(`${row.vendor.padEnd(9)} ${parts.join(', ')}`);
  }
}
