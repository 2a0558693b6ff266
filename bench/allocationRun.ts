// Run by bench/allocation.ts in a child process with --expose-gc and a 64 MiB semi-space, so no scavenge runs
// while a sample's calls allocate: the heap growth over a sample is then every byte those calls allocated.
import { validate } from 'instance-preflight';
import { apis } from 'instance-preflight';
// The shipped walk itself (the module `validate()` runs), not tsc's separate copy of it under dist/engine/.
import { createChecker } from 'instance-preflight/define';
// validate()'s own walk of this API: its generated checker (tsc's copy; no package entry exports it).
import { resetInstanceChecker } from '../dist/schemas/tencent/generated/resetInstanceChecker.js';
import { handTencent } from './baselines/handTencent.ts';
import { TENCENT } from './payloads/tencent.ts';

const API = 'tencent.cvm.ResetInstance';
const CALLS = 4000;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('bench/allocationRun.ts needs node --expose-gc');

let sink: unknown;

/** The median over 9 samples of the bytes a call allocates, after 20,000 warm-up calls. */
function bytesPerCall(run: () => unknown): number {
  for (let index = 0; index < 20_000; index++) sink = run();
  const samples: number[] = [];
  for (let sample = 0; sample < 9; sample++) {
    (gc as () => void)();
    const before = process.memoryUsage().heapUsed;
    for (let index = 0; index < CALLS; index++) sink = run();
    samples.push((process.memoryUsage().heapUsed - before) / CALLS);
  }
  return samples.sort((left, right) => left - right)[4] as number;
}

const api = apis.find((item) => item.id === API);
if (!api) throw new Error(`${API} is not in the API list`);
const check = createChecker(api.payload);
const context = { os: 'linux' as const };
const rows: { scenario: string; id: string; bytes: number }[] = [];
for (const [scenario, payload] of [['a', TENCENT.typical], ['b', TENCENT.userDataAtCap], ['c', TENCENT.invalid]] as const) {
  rows.push(
    { scenario, id: 'hand-written (floor)', bytes: bytesPerCall(() => handTencent(payload)) },
    { scenario, id: `validate ${API}`, bytes: bytesPerCall(() => validate(API, payload, { os: 'linux' })) },
    { scenario, id: 'our direct checker alone (findings, no messages)', bytes: bytesPerCall(() => check(payload, context)) },
    { scenario, id: "our generated checker alone (validate()'s walk, no messages)", bytes: bytesPerCall(() => resetInstanceChecker(payload, context)) },
  );
}
process.stdout.write(JSON.stringify(rows));
void sink;
