/**
 * The new entries' reach: `instance-preflight/facts` bundles for the browser with no Node import and no SDK;
 * each guard entry is Node-only (no `default` condition) and loads no SDK, its own or the other vendor's.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The files a browser bundle of an entry reads, relative to the repository. */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [entry], absWorkingDir: ROOT, bundle: true, write: false, format: 'esm', platform: 'browser', metafile: true, logLevel: 'silent' });
  return Object.keys(result.metafile.inputs);
}

describe('package entries of the facts adapters and the SDK guards', () => {
  const exports = pkg.exports as Record<string, Record<string, string> | string>;

  it('exports ./facts for browsers and ./guard/* for Node only', () => {
    expect(exports['./facts']).toEqual({ types: './dist/facts/index.d.ts', node: './dist/node/facts/index.js', default: './dist/facts/index.js' });
    for (const vendor of ['tencent', 'jdcloud']) {
      expect(exports[`./guard/${vendor}`]).toEqual({ types: `./dist/guard/${vendor}/index.d.ts`, node: `./dist/node/guard/${vendor}/index.js` });
    }
  });

  it('lists both SDKs as optional peers only', () => {
    for (const sdk of ['tencentcloud-sdk-nodejs-cvm', 'jdcloud-sdk-js']) {
      expect(Object.keys(pkg.peerDependencies)).toContain(sdk);
      expect((pkg.peerDependenciesMeta as Record<string, { optional?: boolean }>)[sdk]?.optional).toBe(true);
      expect(Object.keys(pkg.dependencies)).not.toContain(sdk);
    }
  });

  it.each(['src/facts/index.ts', 'src/guard/tencent/index.ts', 'src/guard/jdcloud/index.ts'])('%s reads no SDK and no Node built-in', async (entry) => {
    const inputs = await inputsOf(entry);
    expect(inputs.filter((input) => input.includes('node_modules') || input.startsWith('node:'))).toEqual([]);
    expect(inputs.some((input) => input.startsWith('src/validate'))).toBe(entry !== 'src/facts/index.ts');
  });

  it('the Tencent guard reads none of the JD code and the JD guard none of the Tencent code', async () => {
    expect((await inputsOf('src/guard/tencent/index.ts')).filter((input) => /jdcloud/i.test(input) && !input.startsWith('src/schemas') && !input.startsWith('src/preflight'))).toEqual([]);
    expect((await inputsOf('src/guard/jdcloud/index.ts')).filter((input) => /tencent/i.test(input) && !input.startsWith('src/schemas') && !input.startsWith('src/preflight'))).toEqual([]);
  });
});
