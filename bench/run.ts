import { execFileSync } from 'node:child_process';
import * as v from 'valibot';
// The shipped build (dist/, through the package's own exports), not the sources through tsx:
// tsx's transform adds per-call work (esbuild's keepNames) that no user pays.
import { apis, validate, type Report } from 'instance-preflight';
import { resetInstance } from 'instance-preflight/tencent';
// The shipped walk itself (the module `validate()` runs), not tsc's separate copy of it under dist/engine/.
import { createChecker } from 'instance-preflight/define';
// validate()'s own walk of the floor's API: its generated checker (tsc's copy; no package entry exports it).
import { resetInstanceChecker } from '../dist/schemas/tencent/generated/resetInstanceChecker.js';
import { ajvTencent } from './baselines/ajvTencent.ts';
import { handTencent } from './baselines/handTencent.ts';
import { zodTencent } from './baselines/zodTencent.ts';
import { measureAllocation } from './allocation.ts';
import { coldStartLines, measureColdStart } from './coldStart.ts';
import { measure, type BenchCase } from './harness.ts';
import { describeMachine } from './machine.ts';
import { PAYLOADS } from './payloads/index.ts';
import type { ApiPayloads } from './payloads/types.ts';

const MIB = 1024 * 1024;
const FLOOR_API = 'tencent.cvm.ResetInstance';

/** Scenario interface: one row group of the table. */
interface Scenario {
  readonly id: string;
  readonly label: string;
  /** The ratio to the floor `validate()` must stay within, or an absolute bound in ns. */
  readonly target: { readonly ratio: number } | { readonly ns: number };
  readonly payload: (payloads: ApiPayloads) => unknown;
  /** What a correct report looks like here; checked before anything is timed. */
  readonly expect: (report: Report, payloads: ApiPayloads) => boolean;
  readonly rounds: number;
}

/** Exactly one issue, of this rule (an error, or for Zenlayer's opaque userData a warning). */
const only = (...rules: string[]) => (report: Report) =>
  report.issues.length === 1 && rules.includes(report.issues[0]?.rule ?? '');

const SCENARIOS: readonly Scenario[] = [
  { id: 'a', label: '(a) valid, typical, no userdata', target: { ratio: 1.5 }, payload: (p) => p.typical, expect: (r) => r.ok && r.issues.length === 0, rounds: 101 },
  { id: 'b', label: '(b) valid, userdata at the cap', target: { ratio: 1.5 }, payload: (p) => p.userDataAtCap, expect: (r) => r.ok, rounds: 101 },
  { id: 'c', label: '(c) invalid, ~6 issues, all collected', target: { ratio: 3 }, payload: (p) => p.invalid, expect: (r, p) => !r.ok && r.issues.length === p.invalidIssues, rounds: 101 },
  { id: 'd1', label: '(d1) 1 MiB hostname, fails on length only', target: { ns: 20_000 }, payload: (p) => p.hugeHostname?.(MIB), expect: only('hostname/length', 'instance-name/length'), rounds: 15 },
  { id: 'd1x', label: '(d1) 10 MiB hostname, fails on length only', target: { ns: 20_000 }, payload: (p) => p.hugeHostname?.(10 * MIB), expect: only('hostname/length', 'instance-name/length'), rounds: 15 },
  { id: 'd2', label: '(d2) 1 MiB userdata, fails on size only', target: { ns: 20_000 }, payload: (p) => p.hugeUserData?.(MIB), expect: only('userdata/size'), rounds: 15 },
  { id: 'd2x', label: '(d2) 10 MiB userdata, fails on size only', target: { ns: 20_000 }, payload: (p) => p.hugeUserData?.(10 * MIB), expect: only('userdata/size'), rounds: 15 },
];

/** API ids without benchmark payloads: measured nothing, so the run ends failing after printing the rest. */
const unmeasured = new Set<string>();

function payloadsOf(id: string): ApiPayloads | undefined {
  const payloads = PAYLOADS[id];
  if (!payloads) unmeasured.add(id);
  return payloads;
}

/** Builds a scenario's cases, after checking that every implementation reports what the scenario means. */
function casesOf(scenario: Scenario): BenchCase[] {
  const cases: BenchCase[] = [];
  for (const api of apis) {
    const payloads = payloadsOf(api.id);
    if (!payloads) continue;
    const payload = scenario.payload(payloads);
    if (payload === undefined) continue;
    const options = { os: payloads.os };
    const report = validate(api.id, payload, options);
    if (!scenario.expect(report, payloads)) {
      throw new Error(`${api.id} ${scenario.label}: unexpected report ${JSON.stringify(report.issues.map((issue) => issue.rule))}`);
    }
    cases.push({ id: `validate ${api.id}`, run: () => validate(api.id, payload, options) });
    if (api.id !== FLOOR_API) continue;
    cases.push({ id: `validate ${api.id} (os unknown)`, run: () => validate(api.id, payload) });
    const hand = handTencent(payload);
    const zod = zodTencent.safeParse(payload);
    const ajv = ajvTencent(payload);
    if (hand.ok !== report.ok || zod.success !== report.ok || ajv.ok !== report.ok) {
      throw new Error(`${scenario.label}: baselines disagree with validate() on ok (hand ${hand.ok}, zod ${zod.success}, ajv ${ajv.ok})`);
    }
    const schema = resetInstance({ os: payloads.os });
    const check = createChecker(api.payload);
    const context = { os: payloads.os };
    cases.push(
      { id: 'hand-written (floor)', run: () => handTencent(payload) },
      { id: 'zod 4 safeParse', run: () => zodTencent.safeParse(payload) },
      { id: 'ajv (our toJsonSchema) + post-check', run: () => ajvTencent(payload) },
      { id: 'our valibot schema (forms)', run: () => v.safeParse(schema, payload) },
      // Attribution: validate() minus issue building (messages, vendor codes, severities).
      { id: 'our direct checker alone (findings, no messages)', run: () => check(payload, context) },
      { id: 'our generated checker alone (validate()\'s walk, no messages)', run: () => resetInstanceChecker(payload, context) },
    );
  }
  return cases;
}

function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
}

function verdict(scenario: Scenario, id: string, medianNs: number, ratio: number): string {
  if (!id.startsWith('validate ') || id.endsWith('(os unknown)')) return '';
  if ('ns' in scenario.target) return medianNs <= scenario.target.ns ? `met (< ${formatNs(scenario.target.ns)})` : `MISSED (< ${formatNs(scenario.target.ns)})`;
  return ratio <= scenario.target.ratio ? `met (<= ${scenario.target.ratio}x)` : `MISSED (<= ${scenario.target.ratio}x)`;
}

/** Row interface: one implementation in one scenario, as one process measured it. */
interface Row {
  readonly scenario: string;
  readonly id: string;
  readonly medianNs: number;
  readonly ratio: number;
}

/** The scenarios a child measures: all, or those `BENCH_SCENARIOS` lists (`a,c`), for a quicker look at one. */
const MEASURED = process.env['BENCH_SCENARIOS']?.split(',');

/** Every scenario in this process: the interleaved rounds, each row with its ratio to this process's floor. */
function measureHere(): Row[] {
  const rows: Row[] = [];
  for (const scenario of SCENARIOS) {
    if (MEASURED && !MEASURED.includes(scenario.id)) continue;
    const measured = measure(casesOf(scenario), { rounds: scenario.rounds, batchNs: 2e6 });
    const floor = measured.find((row) => row.id === 'hand-written (floor)')?.medianNs ?? Number.NaN;
    for (const row of measured) rows.push({ scenario: scenario.id, id: row.id, medianNs: row.medianNs, ratio: row.medianNs / floor });
  }
  return rows;
}

/** How many fresh processes measure: the JIT's choices differ from one process to the next, so one is not enough. */
const PROCESSES = Number(process.env['BENCH_PROCESSES'] ?? '5');

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function main(): void {
  if (process.argv.includes('--child')) {
    process.stdout.write(JSON.stringify(measureHere()));
    return;
  }
  const started = performance.now();
  const lines: string[] = [];
  const print = (line: string): void => {
    lines.push(line);
    console.log(line);
  };
  for (const api of apis) payloadsOf(api.id);
  const runs: Row[][] = [];
  for (let run = 0; run < PROCESSES; run++) {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--child'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    runs.push(JSON.parse(output) as Row[]);
  }
  print(`Machine: ${describeMachine()}`);
  print('');
  print(`Medians of ${PROCESSES} fresh processes; in each, the median over interleaved rounds, and the ratio to the floor of the same rounds.`);
  print('');
  print('| scenario | implementation | median / op | × floor (median) | × floor (range) | target |');
  print('|---|---|---:|---:|---:|---|');
  for (const scenario of SCENARIOS) {
    for (const first of (runs[0] ?? []).filter((row) => row.scenario === scenario.id)) {
      const same = runs.map((rows) => rows.find((row) => row.scenario === scenario.id && row.id === first.id)).filter((row): row is Row => row !== undefined);
      const medianNs = medianOf(same.map((row) => row.medianNs));
      const ratio = medianOf(same.map((row) => row.ratio));
      const low = Math.min(...same.map((row) => row.ratio));
      const high = Math.max(...same.map((row) => row.ratio));
      const crossApi = first.id.startsWith('validate ') && !first.id.startsWith(`validate ${FLOOR_API}`) ? ' †' : '';
      print(`| ${scenario.label} | ${first.id} | ${formatNs(medianNs)} | ${ratio.toFixed(2)}×${crossApi} | ${low.toFixed(2)}–${high.toFixed(2)}× | ${verdict(scenario, first.id, medianNs, ratio)} |`);
    }
  }
  print('');
  print('Bytes allocated per call (Tencent 3.0, os linux; median of 9 samples of 4,000 calls, no collection within a sample):');
  print('');
  print('| scenario | implementation | bytes / call | × floor | target |');
  print('|---|---|---:|---:|---|');
  const allocations = measureAllocation();
  for (const row of allocations) {
    const floor = allocations.find((other) => other.scenario === row.scenario && other.id === 'hand-written (floor)')?.bytes ?? Number.NaN;
    const target = row.scenario === 'a' && row.id.startsWith('validate ') ? (row.bytes <= 2 * floor ? 'met (<= 2x)' : 'MISSED (<= 2x)') : '';
    print(`| (${row.scenario}) | ${row.id} | ${row.bytes.toFixed(0)} | ${(row.bytes / floor).toFixed(2)}× | ${target} |`);
  }
  print('');
  for (const line of coldStartLines(measureColdStart(15))) print(line);
  print('');
  print('Times are CPU time per call (user + system of the process), median over interleaved rounds in shuffled order.');
  print('† another API over its own payload, against the Tencent floor: indicative only (bench/RESULTS.md says why one floor serves).');
  if (unmeasured.size > 0) {
    print(`NOT MEASURED (no entry in bench/payloads, add one): ${[...unmeasured].join(', ')}`);
    process.exitCode = 1;
  }
  print(`Benchmark wall time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
