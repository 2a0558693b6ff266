/** One implementation measured in a scenario. */
export interface BenchCase {
  /** The implementation's label, e.g. `validate` or `hand`. */
  readonly id: string;
  /** One operation: validate one payload and return the result (kept, so nothing is optimised away). */
  readonly run: () => unknown;
}

/** Harness options interface. */
export interface HarnessOptions {
  /** The number of interleaved rounds; the median over rounds is reported. */
  readonly rounds: number;
  /** The wall time one batch of calls aims at, in nanoseconds. */
  readonly batchNs: number;
}

/** Measurement interface: one implementation's median cost. */
export interface Measurement {
  /** The implementation's label. */
  readonly id: string;
  /** The median over rounds of the mean CPU ns per call within a round's batch. */
  readonly medianNs: number;
  /** The calls per batch chosen by calibration. */
  readonly batch: number;
}

let sink: unknown;

/**
 * Returns the last result a measured call produced, so the engine must compute every result.
 *
 * @returns The last result.
 */
export function lastResult(): unknown {
  return sink;
}

/**
 * The CPU time of a batch (user + system, this process), not its wall time: on a shared machine a batch may wait
 * for a core, and that wait belongs to no implementation. Helper threads (concurrent marking, the optimizing
 * compiler) count too, in whichever batch they run; the median over rounds keeps them out. (`--single-threaded`
 * would keep them on this thread, but it made every implementation about 2x slower here.)
 */
function timeBatch(run: () => unknown, count: number): number {
  const start = process.cpuUsage();
  for (let index = 0; index < count; index++) sink = run();
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) * 1000;
}

/** Runs a function until the JIT has seen it enough (10,000 calls or 30 ms), so calibration times optimised code. */
function warmUp(run: () => unknown): void {
  const deadline = process.hrtime.bigint() + 30_000_000n;
  for (let index = 0; index < 10_000 && process.hrtime.bigint() < deadline; index++) sink = run();
}

/**
 * A trial batch's time: the lesser of its wall time, which a wait for a core inflates, and the process's CPU
 * time, which a background thread's burst (the JIT compiling, the collector marking) inflates.
 */
function trialBatch(run: () => unknown, count: number): number {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let index = 0; index < count; index++) sink = run();
  const wall = Number(process.hrtime.bigint() - start);
  const spent = process.cpuUsage(cpu);
  return Math.min(wall, (spent.user + spent.system) * 1000);
}

/**
 * Finds the calls per batch that take about `batchNs`, after warming the function up. Each size is timed three
 * times and the fastest trial counts, each trial the lesser of its wall and CPU time (`trialBatch`): on a shared
 * machine a trial of a few calls may wait a millisecond or more for a core, and one such trial sized that
 * implementation's batches at 1–150 calls, where a batch's fixed cost (15–30 µs here: the two CPU-time reads
 * take 3 µs, the rest is presumably caches refilled after the other implementations ran) inflated its time per
 * call 1.3–20× in that process only (the Tencent row forced to 2, 10, 40, 150 and 2,000 calls a batch:
 * 9.0×, 5.0×, 2.7×, 2.0× and 1.9× the floor).
 */
function calibrate(run: () => unknown, batchNs: number): number {
  warmUp(run);
  let count = 1;
  for (;;) {
    const elapsed = Math.min(trialBatch(run, count), trialBatch(run, count), trialBatch(run, count));
    if (elapsed >= batchNs / 4 || count >= 1 << 20) return Math.max(1, Math.round((count * batchNs) / Math.max(elapsed, 1)));
    count *= 2;
  }
}

function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let index = out.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1));
    [out[index], out[other]] = [out[other] as T, out[index] as T];
  }
  return out;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Measures implementations side by side, in CPU time: every round runs each
 * implementation once, in shuffled order, as a batch of calls calibrated to about the same wall
 * time; the result is the median over rounds of ns per call. Interleaving spreads a noisy
 * neighbour's load over every implementation alike, so the ratios stay stable when absolute times drift.
 *
 * @param cases The implementations, all over the same payload.
 * @param options The rounds and batch length.
 *
 * @returns One measurement per case, in the order given.
 */
export function measure(cases: readonly BenchCase[], options: HarnessOptions): Measurement[] {
  const batches = new Map(cases.map((item) => [item.id, calibrate(item.run, options.batchNs)]));
  const samples = new Map<string, number[]>(cases.map((item) => [item.id, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (const item of shuffle(cases)) {
      const batch = batches.get(item.id) as number;
      samples.get(item.id)?.push(timeBatch(item.run, batch) / batch);
    }
  }
  return cases.map((item) => ({
    id: item.id,
    medianNs: median(samples.get(item.id) ?? []),
    batch: batches.get(item.id) as number,
  }));
}
