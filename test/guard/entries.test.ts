/**
 * The new entries' reach: `instance-preflight/facts` bundles for the browser with no Node import and no SDK;
 * each guard entry imports no Node built-in and no SDK, its own or the other vendor's (it wraps the client
 * it is given), so its `default` condition is as safe as the others'.
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

  it('exports ./facts and ./guard/* in the shape of the other entries', () => {
    for (const entry of ['facts/index', 'guard/tencent/index', 'guard/jdcloud/index']) {
      const subpath = `./${entry.replace(/\/index$/, '')}`;
      expect(exports[subpath], subpath).toEqual({ types: `./dist/${entry}.d.ts`, node: `./dist/node/${entry}.js`, default: `./dist/${entry}.js` });
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
