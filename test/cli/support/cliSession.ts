import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** CLI session interface: a built CLI and a scratch directory, both live between the file's `beforeAll` and `afterAll`. */
export interface CliSession<Cli> {
  /** The built CLI. */
  readonly cli: Cli;
  /** The scratch directory the tests write their requests and outputs into. */
  readonly work: string;
}

/**
 * Creates a CLI session for one test file: registers a `beforeAll` that builds the CLI and makes a temporary
 * scratch directory, and an `afterAll` that removes both, so each child-process test file states only what it runs.
 *
 * @param start Builds the CLI (`buildCli`, `installedCli` or `builtCli`).
 * @param name The scratch directory's name, after `instance-preflight-`.
 *
 * @returns The session; its members are set once the `beforeAll` has run.
 */
export function cliSession<Cli extends { readonly remove: () => void }>(start: () => Promise<Cli>, name: string): CliSession<Cli> {
  let cli: Cli | undefined;
  let work: string | undefined;
  beforeAll(async () => {
    cli = await start();
    work = mkdtempSync(join(tmpdir(), `instance-preflight-${name}-`));
  });
  afterAll(() => {
    cli?.remove();
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });
  const live = <Value>(value: Value | undefined): Value => {
    if (value === undefined) throw new Error('The CLI session is used before its beforeAll ran.');
    return value;
  };
  return {
    get cli() {
      return live(cli);
    },
    get work() {
      return live(work);
    },
  };
}
