import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { vendorEntries } from '../../scripts/vendorEntries.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The package entries a browser app imports: each vendor's, the rules, the message tables and the API
 * definition kit (a third party's form schema is built with it), not the Node-facing root, facts or guards.
 */
const BROWSER_ENTRIES = [...vendorEntries().map((entry) => entry.specifier), './rules', './define', './messages/en', './messages/zh-CN'];

const NODE_BUILTIN = new RegExp(`^(node:.*|${builtinModules.map((name) => name.replace(/[/]/g, '\\/')).join('|')})$`);

/** Records every Node built-in an import reaches instead of letting the bundle fail on the first. */
function recordNodeImports(found: string[]): Plugin {
  return {
    name: 'record-node-imports',
    setup(context) {
      context.onResolve({ filter: NODE_BUILTIN }, (args) => {
        found.push(`${args.path} (from ${args.importer.replace(ROOT, '')})`);
        return { path: args.path, external: true };
      });
    },
  };
}

describe('browser entries', () => {
  it('exports each browser entry from package.json', () => {
    for (const entry of BROWSER_ENTRIES) expect(Object.keys(pkg.exports), entry).toContain(entry);
  });

  for (const entry of BROWSER_ENTRIES) {
    it(`bundles ${entry} for the browser without any node: import`, async () => {
      const target = (pkg.exports as Record<string, { default: string } | string>)[entry];
      const file = typeof target === 'string' ? target : (target?.default ?? '');
      const source = file.replace('./dist/', './src/').replace(/\.js$/, '.ts');
      const found: string[] = [];
      await build({
        entryPoints: [source],
        absWorkingDir: ROOT,
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        logLevel: 'silent',
        plugins: [recordNodeImports(found)],
      });
      expect(found).toEqual([]);
    });
  }
});
