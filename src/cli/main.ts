#!/usr/bin/env node
import type { ReadSource } from './files/readSource.ts';
import { runCli } from './run.ts';

/** Reads standard input, stopping as soon as it passes the size limit. */
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
  return { text: Buffer.concat(chunks).toString('utf8') };
}

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: readStdin,
});
