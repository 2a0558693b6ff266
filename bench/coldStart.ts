import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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

function coldStart(entry: string, runs: number): ColdStart {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', child(entry)], { encoding: 'utf8' })));
  }
  times.sort((left, right) => left - right);
  return { medianMs: times[runs >> 1] as number, range: [times[0] as number, times[runs - 1] as number], runs };
}

/**
 * Measures `validate()` from a cold start: in each fresh node process, the time of the dynamic
 * import plus the first call (which builds the checker). Node's own start-up is not counted: it is
 * the same for any library. `shipped` imports `instance-preflight` as Node resolves it (the `node`
 * export condition: one bundle per entry, `scripts/bundle-lib.ts`); `modules` imports `tsc`'s one
 * module per file (what browser bundlers get), for attribution: the difference is the cost of
 * loading many modules.
 *
 * @param runs The number of fresh processes per variant (the median is reported).
 *
 * @returns The cold start as shipped to Node, and over the unbundled modules.
 */
export function measureColdStart(runs: number): { readonly shipped: ColdStart; readonly modules: ColdStart } {
  return {
    shipped: coldStart('instance-preflight', runs),
    modules: coldStart(pathToFileURL(resolve('dist/index.js')).href, runs),
  };
}
