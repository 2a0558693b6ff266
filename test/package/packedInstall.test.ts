import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_COMPILER_OPTIONS, BLOCK_RUNNER, checkBlocks } from '../docs/support/checkBlocks.ts';
import { type CodeBlock, docFiles, extractBlocks, moduleText } from '../docs/support/codeBlocks.ts';

/**
 * The package as a user gets it: `npm pack` (of the built dist/), installed
 * into a fresh TypeScript project with its peer valibot and the form
 * libraries the guides use (from the npm cache where it has them, else the
 * registry). The README's and guides' blocks are type-checked there against
 * the packed types under moduleResolution `bundler` and `nodenext`, and the
 * runnable ones run against the packed code.
 */
const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const blocks: CodeBlock[] = docFiles(root).flatMap((doc) => extractBlocks(root, doc));
const work = mkdtempSync(join(tmpdir(), 'instance-preflight-packed-'));
const project = join(work, 'project');

/** The versions this repository tests with: the fresh project installs the same. */
const version = (name: string): string =>
  (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** What the README and the guides tell a user to install beside the package. */
const PEERS_AND_GUIDE_LIBRARIES = [
  'valibot',
  'react',
  'react-dom',
  '@tanstack/react-form',
  'react-hook-form',
  '@hookform/resolvers',
  // @hookform/resolvers/standard-schema's types need it, and it is only an optional peer there.
  '@standard-schema/spec',
  '@types/react',
  '@types/node',
  // The SDK guard guide's blocks wrap the official clients (optional peers of the guard entries).
  'tencentcloud-sdk-nodejs-cvm',
  'jdcloud-sdk-js',
  // The Alibaba block builds its client with the SDK's own Config class from openapi-core.
  '@alicloud/ecs20140526',
  '@alicloud/openapi-core',
  '@huaweicloud/huaweicloud-sdk-ecs',
  '@huaweicloud/huaweicloud-sdk-core',
  // The adding-an-API guide exports JSON Schema, whose entry needs this optional peer.
  '@valibot/to-json-schema',
];

const RESOLUTIONS = {
  bundler: { module: 'ESNext', moduleResolution: 'bundler' },
  nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
} as const;

beforeAll(async () => {
  expect(existsSync(join(root, 'dist', 'index.d.ts')), 'dist/ is missing: run `npm run build`').toBe(true);
  await run(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: root });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  expect(tarball).toBeDefined();
  mkdirSync(project);
  const dependencies: Record<string, string> = { 'instance-preflight': `file:../${tarball}` };
  for (const name of PEERS_AND_GUIDE_LIBRARIES) dependencies[name] = version(name);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'fresh-project', private: true, type: 'module', dependencies }));
  await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: project });
  writeFileSync(join(project, 'runner.mjs'), BLOCK_RUNNER);
  for (const block of blocks) writeFileSync(join(project, block.file), moduleText(block));
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package in a fresh TypeScript project', () => {
  it('installs with valibot as a peer, not a second copy of its own', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules', 'instance-preflight', 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
    expect(installed.dependencies?.valibot).toBeUndefined();
    expect(installed.peerDependencies?.valibot).toBe('^1.0.0');
    expect(existsSync(join(project, 'node_modules', 'instance-preflight', 'node_modules', 'valibot'))).toBe(false);
  });

  for (const [resolution, settings] of Object.entries(RESOLUTIONS)) {
    it(`type-checks every README and guide block under moduleResolution ${resolution}`, () => {
      expect(checkBlocks(blocks, project, { ...BLOCK_COMPILER_OPTIONS, ...settings }, false)).toEqual([]);
    }, 120_000);
  }

  it('runs every runnable block against the packed code, printing what the docs show', async () => {
    const tsx = import.meta.resolve('tsx');
    const results = await Promise.all(
      blocks
        .filter((block) => block.run)
        .map(async (block) => {
          const args = block.ext === 'mjs' ? ['runner.mjs', `./${block.file}`] : ['--import', tsx, 'runner.mjs', `./${block.file}`];
          const { stdout, stderr } = await run(process.execPath, args, { cwd: project, env: { ...process.env, NO_COLOR: '1' } }).catch(
            // A block may set process.exitCode on purpose; only one that did not finish has failed.
            (error: { stdout: string; stderr: string }) => error,
          );
          const finished = stdout.includes('<block finished>');
          const printed = stdout.replace('\n<block finished>\n', '');
          return { at: `${block.doc}:${block.line}`, finished, stderr: finished ? '' : stderr, matches: !block.prints || printed === block.prints };
        }),
    );
    expect(results.filter((result) => !result.finished || !result.matches)).toEqual([]);
    expect(results.length).toBeGreaterThan(5);
  }, 120_000);
});
