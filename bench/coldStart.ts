import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

/** Cold start interface: the time from nothing to a first report in a fresh process. */
export interface ColdStart {
  /** The median over runs, in milliseconds. */
  readonly medianMs: number;
  /** The fastest and slowest run, in milliseconds. */
  readonly range: readonly [number, number];
  /** The number of fresh processes. */
  readonly runs: number;
}

function child(entry: string): string {
  return `
const start = performance.now();
const { validate } = await import(${JSON.stringify(entry)});
const report = validate('tencent.cvm.ResetInstance', { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Qcloud@TestApi123++' }, HostName: 'web-01' }, { os: 'linux' });
const elapsed = performance.now() - start;
if (!report.ok) throw new Error('cold start payload should pass');
process.stdout.write(String(elapsed));
`;
}

/**
 * Measures `validate()` from a cold start over the built `dist/`: in each fresh node process, the
 * time of the dynamic import plus the first call (which builds the checker). Node's own start-up
 * is not counted: it is the same for any library.
 *
 * @param runs The number of fresh processes (the median is reported).
 *
 * @returns The cold start.
 */
export function measureColdStart(runs: number): ColdStart {
  const entry = pathToFileURL(resolve('dist/index.js')).href;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', child(entry)], { encoding: 'utf8' })));
  }
  times.sort((left, right) => left - right);
  return { medianMs: times[runs >> 1] as number, range: [times[0] as number, times[runs - 1] as number], runs };
}
