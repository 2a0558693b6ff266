import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The languages whose blocks are code a reader may copy: each is type-checked, and run unless marked. */
const LANGUAGES: Readonly<Record<string, 'mjs' | 'ts' | 'tsx'>> = {
  js: 'mjs',
  javascript: 'mjs',
  mjs: 'mjs',
  ts: 'ts',
  typescript: 'ts',
  tsx: 'tsx',
  jsx: 'tsx',
};

/**
 * The one marker a block may carry after its language: `no-run` says the block
 * is not runnable as it stands (a React component, a fragment that needs a
 * server); it is still type-checked.
 */
const MARKERS = ['no-run'] as const;

/** Code block interface: one fenced block of a document. */
export interface CodeBlock {
  /** The document, relative to the repository root. */
  readonly doc: string;
  /** The 1-based line of the opening fence. */
  readonly line: number;
  /** The extension its file gets: `.mjs` for JavaScript, `.ts`, `.tsx`. */
  readonly ext: 'mjs' | 'ts' | 'tsx';
  /** Whether it runs (no `no-run` marker). */
  readonly run: boolean;
  /** The code. */
  readonly code: string;
  /** The text of a ```text block right after it: what running it prints. */
  readonly prints: string | undefined;
  /** A safe file name, e.g. `README-33.mjs`. */
  readonly file: string;
}

/** The documents whose code blocks are checked: the README and every guide. */
export function docFiles(root: string): string[] {
  const guides = readdirSync(join(root, 'docs', 'guides'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/guides/${name}`);
  return ['README.md', ...guides];
}

/**
 * Extracts the code blocks of a Markdown document.
 *
 * @param root The repository root.
 * @param doc The document, relative to the root.
 *
 * @returns Every block in a language of {@link LANGUAGES}, in order; throws on an unknown marker.
 */
export function extractBlocks(root: string, doc: string): CodeBlock[] {
  const lines = readFileSync(join(root, doc), 'utf8').split('\n');
  const fences: { readonly line: number; readonly info: string; readonly body: string }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(\S*)(.*)$/.exec(lines[index] ?? '');
    if (!open) continue;
    const start = index;
    let end = index + 1;
    while (end < lines.length && lines[end] !== '```') end++;
    fences.push({ line: start + 1, info: `${open[1] ?? ''}${open[2] ?? ''}`.trim(), body: lines.slice(start + 1, end).join('\n') });
    index = end;
  }
  const blocks: CodeBlock[] = [];
  fences.forEach((fence, at) => {
    const [language = '', ...markers] = fence.info.split(/\s+/);
    const ext = LANGUAGES[language];
    if (!ext) return;
    for (const marker of markers) {
      if (!(MARKERS as readonly string[]).includes(marker)) throw new Error(`${doc}:${fence.line}: unknown code block marker "${marker}"`);
    }
    const next = fences[at + 1];
    const prints = next && next.info === 'text' && nextFollows(lines, fence.line, next.line) ? `${next.body}\n` : undefined;
    const base = doc.replace(/^docs\/guides\//, '').replace(/\.md$/, '').replace(/[^A-Za-z0-9-]/g, '_');
    blocks.push({ doc, line: fence.line, ext, run: !markers.includes('no-run'), code: fence.body, prints, file: `${base}-${fence.line}.${ext}` });
  });
  return blocks;
}

/** Whether only prose (no other block) lies between a code block and the next fence: "It prints:" and the like. */
function nextFollows(lines: readonly string[], codeLine: number, nextLine: number): boolean {
  const between = lines.slice(codeLine, nextLine - 1);
  const close = between.indexOf('```');
  const prose = between.slice(close + 1).filter((text) => text.trim() !== '');
  return prose.length <= 2;
}

/**
 * The file text of a block: the code, made a module so blocks never share a
 * scope (a block with no import or export is a script to TypeScript).
 */
export function moduleText(block: CodeBlock): string {
  return `${block.code}\nexport {};\n`;
}
