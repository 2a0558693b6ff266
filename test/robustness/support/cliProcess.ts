import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { bundleCli } from '../../../scripts/bundle-cli.ts';
import type { CliResult } from '../../cli/support/buildCli.ts';
import { packageDir } from '../../cli/support/packageDir.ts';

/** Built CLI interface: the bin file and a way to remove it. */
export interface BuiltBin {
  /** The path of `cli.js`. */
  readonly bin: string;
  /** Removes the temporary package. */
  readonly remove: () => void;
}

/**
 * Builds the CLI as `npm run build` does (the same esbuild bundle and lazily loaded chunks), into a temporary
 * package so a concurrent build of the shared `dist/` cannot change it mid-test. `INSTANCE_PREFLIGHT_CLI`
 * names another `cli.js` instead (an older build, to see these tests fail on it).
 *
 * @returns The bin.
 */
export async function builtCli(): Promise<BuiltBin> {
  const given = process.env['INSTANCE_PREFLIGHT_CLI'];
  if (given) return { bin: given, remove: () => undefined };
  // The CLI reads its version from the package root, one level above dist/.
  const { dir, remove } = packageDir('built');
  // Readable by every user: a test may run the CLI unprivileged.
  chmodSync(dir, 0o755);
  const bin = await bundleCli(join(dir, 'dist'));
  return { bin, remove };
}

/** Run interface: how the child process ended (`code` is `null` when it was killed) and what it wrote. */
export interface Run extends CliResult {
  /** Whether it ran past the time bound and was killed: a hang or a quadratic path. */
  readonly timedOut: boolean;
}

/** The time bound on one CLI run: generous for a loaded 2-core machine, short of every hang and quadratic path the tests build. */
export const TIME_BOUND = 30_000;

/**
 * Runs the built CLI as a child process, killed at the time bound.
 *
 * @param bin The CLI's `cli.js`.
 * @param args The arguments.
 * @param options The working directory, standard input and user id (to run unprivileged when the tests run as root).
 *
 * @returns How it ended and its output.
 */
export function runBuilt(bin: string, args: readonly string[], options: { cwd: string; input?: string; uid?: number }): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: TIME_BOUND,
    killSignal: 'SIGKILL',
    maxBuffer: 512 * 1024 * 1024,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { code: result.status, timedOut, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}
