/**
 * An esbuild plugin of the Node builds (`scripts/bundle-lib.ts`, `scripts/bundle-cli.ts`): each vendor's code
 * gets its own copy of the rule modules (`src/rules/`). V8 keeps what a function has seen (its arguments'
 * shapes, the functions it calls) per function, so one `checkPassword` that every vendor's policies reach is
 * optimised for none of them: in a process that validates every API, as the linter and the benchmark do,
 * Tencent's typical payload ran about 10% slower for it (bench/RESULTS.md, "Seventh round"). The copies cost
 * the root's chunk 12 KB. Browser bundlers keep `tsc`'s one module per file: a form holds one vendor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { importedFile, packageFile, packagePath } from './pluginPaths.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The folder of the rule modules, and the one of them that stays single (deferred: one stand-in serves every copy). */
const RULES = join(ROOT, 'src', 'rules');
const RULE_IDENTITIES = join(RULES, 'ruleId.ts');

/** The vendor whose folder holds a module (`src/schemas/<vendor>/...`), if one does. */
const VENDOR_FOLDER = /[\\/]src[\\/]schemas[\\/]([^\\/]+)[\\/]/;

/** The namespace of a vendor's copies of the rule modules: `vendor-rules-<vendor>`. */
export const VENDOR_RULES = 'vendor-rules-';

/**
 * Sends a vendor module's imports of a rule module, and a copied rule module's of another, to the vendor's own
 * copy (module identity in esbuild is namespace and path): `vendor-rules-<vendor>:src/rules/...` (`packagePath`). Also resolves the library module's bare imports of the
 * copies by that name, which keep them in the chunk the root entry loads.
 */
export const perVendorRules: Plugin = {
  name: 'per-vendor-rules',
  setup(plugins) {
    plugins.onResolve({ filter: new RegExp(`^${VENDOR_RULES}[^:]+:`) }, (args) => {
      const colon = args.path.indexOf(':');
      return { path: args.path.slice(colon + 1), namespace: args.path.slice(0, colon), sideEffects: false };
    });
    plugins.onResolve({ filter: /\.ts$/ }, (args) => {
      const vendor = args.namespace.startsWith(VENDOR_RULES) ? args.namespace.slice(VENDOR_RULES.length) : VENDOR_FOLDER.exec(args.importer)?.[1];
      if (vendor === undefined) return undefined;
      const target = importedFile(args);
      if (!target.startsWith(`${RULES}${sep}`) || target === RULE_IDENTITIES) return undefined;
      // The package declares no side effects; a plugin's namespace does not read package.json, so it is said here.
      return { path: packagePath(target), namespace: `${VENDOR_RULES}${vendor}`, sideEffects: false };
    });
    for (const vendor of readdirSync(join(ROOT, 'src', 'schemas'), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      plugins.onLoad({ filter: /.*/, namespace: `${VENDOR_RULES}${vendor.name}` }, (args) => ({
        contents: readFileSync(packageFile(args.path), 'utf8'),
        loader: 'ts',
        resolveDir: dirname(packageFile(args.path)),
      }));
    }
  },
};
