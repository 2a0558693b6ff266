import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractBlocks } from '../../docs/support/codeBlocks.ts';

const root = join(import.meta.dirname, '..', '..', '..');

/** `instance-preflight/jdcloud` → the source file its export's `types` path names. */
function sourceOf(specifier: string): string {
  const { name, exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, string | { types?: string }>;
  };
  const target = exports[specifier === name ? '.' : `.${specifier.slice(name.length)}`];
  const types = typeof target === 'object' ? target.types : undefined;
  if (!types) throw new Error(`No export for ${specifier}`);
  return join(root, types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts'));
}

/**
 * Loads a guide's code block as a module, so a test renders the documented
 * component itself: the block whose code contains `marker`, written beside
 * the tests (gitignored `test/browser/.guide-blocks/`) with each
 * `instance-preflight/*` import pointed at the entry point's source.
 *
 * @param doc The guide, relative to the repository root.
 * @param marker Text only the wanted block contains, e.g. `'@tanstack/react-form'`.
 *
 * @returns The module's exports, and a function that removes the written file.
 */
export async function loadGuideBlock(doc: string, marker: string): Promise<{ readonly exports: Record<string, unknown>; readonly remove: () => void }> {
  const matches = extractBlocks(root, doc).filter((block) => block.code.includes(marker));
  if (matches.length !== 1) throw new Error(`${doc}: expected one block with "${marker}", found ${matches.length}`);
  const [block] = matches as [(typeof matches)[number]];
  const parent = join(root, 'test', 'browser', '.guide-blocks');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'block-'));
  const file = join(dir, `block.${block.ext}`);
  const code = block.code.replace(/from '(instance-preflight(?:\/[\w-]+)?)'/g, (_, specifier: string) => {
    const path = relative(dirname(file), sourceOf(specifier)).replaceAll('\\', '/');
    return `from '${path.startsWith('.') ? path : `./${path}`}'`;
  });
  writeFileSync(file, code);
  const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return { exports, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
