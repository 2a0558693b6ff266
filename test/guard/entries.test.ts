/**
 * The new entries' reach: `instance-preflight/facts` bundles for the browser with no Node import and no SDK;
 * each guard entry imports no Node built-in and no SDK, its own or another vendor's (it wraps the client
 * it is given), so its `default` condition is as safe as the others'. The guards are found by the one
 * `./guard/*` subpath pattern: a vendor folder with `guard/index.ts` has a guard entry.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { patternSubpaths } from '../../scripts/check-package.ts';
import { vendorEntries } from '../../scripts/vendorEntries.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The files a browser bundle of an entry reads, relative to the repository. */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [entry], absWorkingDir: ROOT, bundle: true, write: false, format: 'esm', platform: 'browser', metafile: true, logLevel: 'silent' });
  return Object.keys(result.metafile.inputs);
}

/** Every vendor folder with a guard: its vendor and its entry's source. */
const GUARDS = readdirSync(`${ROOT}src/schemas`)
  .filter((vendor) => existsSync(`${ROOT}src/schemas/${vendor}/guard/index.ts`))
  .map((vendor) => ({ vendor, source: `src/schemas/${vendor}/guard/index.ts` }));

/** Every vendor with a package entry. */
const VENDORS = vendorEntries().map((entry) => entry.vendor);

describe('package entries of the facts adapters and the SDK guards', () => {
  const exports = pkg.exports as Record<string, Record<string, string> | string>;

  it('exports ./facts and one ./guard/* pattern in the shape of the other entries', () => {
    expect(exports['./facts']).toEqual({
      types: './dist/facts/index.d.ts',
      module: './dist/facts/index.js',
      node: './dist/node/facts/index.js',
      default: './dist/facts/index.js',
    });
    expect(exports['./guard/*']).toEqual({
      types: './dist/schemas/*/guard/index.d.ts',
      module: './dist/schemas/*/guard/index.js',
      node: './dist/node/schemas/*/guard/index.js',
      default: './dist/schemas/*/guard/index.js',
    });
    expect(Object.keys(exports).filter((subpath) => subpath.startsWith('./guard/'))).toEqual(['./guard/*']);
  });

  it('lists every SDK a guard wraps as an optional peer only (valibot, which every schema needs, aside)', () => {
    const optional = pkg.peerDependenciesMeta as Record<string, { optional?: boolean }>;
    for (const peer of Object.keys(pkg.peerDependencies).filter((name) => name !== 'valibot')) {
      expect(optional[peer]?.optional, peer).toBe(true);
      expect(Object.keys(pkg.dependencies), peer).not.toContain(peer);
    }
  });

  it('has `npm run check:package` check each guard the pattern serves (attw checks no pattern itself)', () => {
    expect(existsSync(`${ROOT}dist/index.d.ts`), 'dist/ is missing: run `npm run build`').toBe(true);
    expect(patternSubpaths().sort()).toEqual(GUARDS.map(({ vendor }) => `./guard/${vendor}`).sort());
  });

  it('finds the guards in the vendor folders of vendors with a package entry', () => {
    expect(GUARDS.length).toBeGreaterThan(1);
    for (const { vendor } of GUARDS) expect(VENDORS, vendor).toContain(vendor);
  });

  it.each(['src/facts/index.ts', ...GUARDS.map((guard) => guard.source)])('%s reads no SDK and no Node built-in', async (entry) => {
    const inputs = await inputsOf(entry);
    expect(inputs.filter((input) => input.includes('node_modules') || input.startsWith('node:'))).toEqual([]);
    expect(inputs.some((input) => input.startsWith('src/validate'))).toBe(entry !== 'src/facts/index.ts');
  });

  it.each(GUARDS)("the $vendor guard reads no other vendor's facts or guard code", async ({ vendor, source }) => {
    const others = VENDORS.filter((other) => other !== vendor);
    const foreign = (await inputsOf(source)).filter((input) => others.some((other) => input.startsWith(`src/schemas/${other}/facts/`) || input.startsWith(`src/schemas/${other}/guard/`)));
    expect(foreign).toEqual([]);
  });
});
