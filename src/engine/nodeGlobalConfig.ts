import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as v from 'valibot';

let valibot: typeof v | undefined;

/**
 * Reads valibot's global config, loading valibot on the first call. The Node
 * bundles (`scripts/bundle-lib.ts`) give `createSchema` this in place of its
 * static `import { getGlobalConfig } from 'valibot'`, so importing
 * `instance-preflight` or a vendor entry in Node does not load valibot's
 * 200 KB: only a schema's Standard Schema `validate()` does. `require()` of
 * the ES module file that `import 'valibot'` resolves to (Node >= 20.19 loads
 * ES modules synchronously) shares that module's instance, so an app's
 * `v.setGlobalConfig({ lang })` reaches it.
 *
 * @returns The global config, as valibot's `getGlobalConfig()` returns it.
 */
export function getGlobalConfig(): v.Config<v.BaseIssue<unknown>> {
  valibot ??= createRequire(import.meta.url)(fileURLToPath(import.meta.resolve('valibot'))) as typeof v;
  return valibot.getGlobalConfig();
}
