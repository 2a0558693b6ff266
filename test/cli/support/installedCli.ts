import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { bundleCli } from '../../../scripts/bundle-cli.ts';
import { REPO_ROOT, runScript, type CliResult } from './buildCli.ts';
import { packageDir } from './packageDir.ts';

/** Installed CLI interface: a package directory laid out as npm installs it, with the built bin. */
export interface InstalledCli {
  /** The package directory (`package.json`, `dist/cli.js` and its chunks, `docs/rules/`). */
  readonly dir: string;
  /** The bin, `dist/cli.js`. */
  readonly bin: string;
  /** Runs the bin as a child process. */
  readonly run: (args: readonly string[], options?: { readonly cwd?: string; readonly input?: string }) => CliResult;
  /** Removes the directory. */
  readonly remove: () => void;
}

/**
 * Builds the CLI as `npm run build` does (scripts/bundle-cli.ts: `dist/cli.js` and its lazily loaded
 * chunks) into a temporary package directory holding what the package ships beside it (`package.json`,
 * `docs/rules/`), so rule pages are found as in an npm-installed copy, away from the repository.
 *
 * @returns The installed CLI.
 */
export async function installedCli(): Promise<InstalledCli> {
  const { dir, remove } = packageDir('installed');
  cpSync(join(REPO_ROOT, 'docs', 'rules'), join(dir, 'docs', 'rules'), { recursive: true });
  const bin = await bundleCli(join(dir, 'dist'));
  const run: InstalledCli['run'] = (args, options) => runScript(bin, args, options);
  return { dir, bin, run, remove };
}
