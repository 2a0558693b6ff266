#!/usr/bin/env node
import type { ReadSource } from './files/readSource.ts';
import { decodeText } from './files/decodeText.ts';
import { runCli } from './run.ts';

/** Reads standard input as a file is read ({@link decodeText}), stopping as soon as it passes the size limit. */
async function readStdin(maxSize: number): Promise<ReadSource> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of process.stdin) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.length;
      if (size > maxSize) return { problem: 'too-large', size };
      chunks.push(buffer);
    }
  } catch {
    return { problem: 'unreadable' };
  }
  const bytes = Buffer.concat(chunks);
  return { text: decodeText(bytes, bytes.length) };
}

/**
 * A failed write to standard output arrives as an 'error' event, which would otherwise crash the process:
 * a reader that closed the pipe (`| head`) ends the output quietly, any other failure (`> /dev/full`) is an
 * output error (exit code 2) said once on standard error.
 */
let stdoutFailed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (stdoutFailed) return;
  stdoutFailed = true;
  if (error.code === 'EPIPE') return;
  process.stderr.write(`instance-preflight: cannot write to standard output (${/^E[A-Z0-9]{1,20}$/.test(error.code ?? '') ? error.code : 'unknown'}).\n`);
  process.exitCode = 2;
});

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stdout: (text) => {
    if (!stdoutFailed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
  stdin: readStdin,
});
if (!stdoutFailed || process.exitCode !== 2) process.exitCode = code;
