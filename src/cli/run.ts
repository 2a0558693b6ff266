import type { ReadSource } from './files/readSource.ts';
import { parseCliArgs, UsageError } from './args.ts';
import { packageVersion } from './version.ts';

/** CLI I/O interface: everything the command touches besides the file system. */
export interface CliIo {
  /** The working directory. */
  readonly cwd: string;
  /** The environment (`NO_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal. */
  readonly stdoutIsTTY: boolean;
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Reads standard input, refusing more than `maxSize` bytes. */
  readonly stdin: (maxSize: number) => Promise<ReadSource>;
}

/** Prints an internal error without its message: V8 messages may quote values, and values may be secrets. */
function internalError(io: CliIo, error: unknown): number {
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 6).join('\n') : '';
  io.stderr(`instance-preflight: internal error (${name}); please report it.\n${frames}\n`);
  return 2;
}

/**
 * Runs the command line: parses it, lints, writes every output, and returns the exit code
 * (0 clean, 1 findings, 2 usage, config, input or internal error). Never throws.
 *
 * @param argv The arguments after the program name.
 * @param io The standard streams, working directory and environment.
 *
 * @returns The exit code.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout((await import('./usage.ts')).USAGE);
      return 0;
    }
    if (options.version) {
      io.stdout(`${packageVersion()}\n`);
      return 0;
    }
    // The linter (readers, formatters, the file walk) is loaded only to lint: --version and --help start fast.
    return await (await import('./lint/lintCommand.ts')).lintCommand(options, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && (error.name === 'ConfigError' || error.name === 'InputError'))) {
      const lines = error.message.split('\n').map((line) => `instance-preflight: ${line}\n`).join('');
      io.stderr(`${lines}${error instanceof UsageError ? 'Run "instance-preflight --help" for usage.\n' : ''}`);
      return 2;
    }
    return internalError(io, error);
  }
}
