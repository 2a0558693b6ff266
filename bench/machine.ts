import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

function version(name: string): string {
  const manifest = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string };
  return manifest.version;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((text) => text.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Describes where and when the benchmark ran: results are local to a machine, and RESULTS.md says which.
 *
 * @returns One markdown line.
 */
export function describeMachine(): string {
  return [
    `date ${new Date().toISOString()}`,
    `nproc ${availableParallelism()}`,
    `CPU ${cpuModel()}`,
    `node ${process.version}`,
    `valibot ${version('valibot')}, zod ${version('zod')}, ajv ${version('ajv')}`,
  ].join(' · ');
}
