import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { packageDir } from './packageDir.ts';

/** Built CLI interface: the bundle's path and a way to remove it. */
export interface BuiltCli {
  /** The path of `dist/cli/main.js` inside a temporary package directory. */
  readonly main: string;
  /** Removes the temporary directory. */
  readonly remove: () => void;
}

const ROOT = new URL('../../../', import.meta.url).pathname;

/**
 * Builds the CLI from `src/cli/main.ts` into a temporary package directory (esbuild, one ESM file,
 * about 0.2 s): the child processes run compiled JavaScript as `npx instance-preflight` would, without
 * a full `tsc` build or writing the shared `dist/`.
 *
 * @returns The built CLI.
 */
export async function buildCli(): Promise<BuiltCli> {
  // The CLI reads its version from the package root, two levels above dist/cli.
  const { dir, remove } = packageDir('cli');
  const main = join(dir, 'dist', 'cli', 'main.js');
  await build({ entryPoints: [join(ROOT, 'src/cli/main.ts')], outfile: main, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent',
    // picomatch is CommonJS: give the ESM bundle a require for its Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return { main, remove };
}

/** CLI result interface: what a child process returned. */
export interface CliResult {
  /** The exit code. */
  readonly code: number | null;
  /** Standard output. */
  readonly stdout: string;
  /** Standard error. */
  readonly stderr: string;
}

/**
 * Runs the built CLI as a child process.
 *
 * @param cli The built CLI.
 * @param args The arguments.
 * @param options The working directory and standard input.
 *
 * @returns The exit code and output.
 */
export function runCli(cli: BuiltCli, args: readonly string[], options: { cwd?: string; input?: string | Buffer } = {}): CliResult {
  return runScript(cli.main, args, options);
}

/**
 * Runs a built CLI script with Node as a child process, colour off, from the repository root unless told otherwise.
 *
 * @param script The script's path (`main.js` of {@link buildCli}, or an installed bin).
 * @param args The arguments.
 * @param options The working directory and standard input.
 *
 * @returns The exit code and output.
 */
export function runScript(script: string, args: readonly string[], options: { readonly cwd?: string; readonly input?: string | Buffer } = {}): CliResult {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The repository root. */
export const REPO_ROOT = ROOT;
