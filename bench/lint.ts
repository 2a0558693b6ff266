/**
 * Benchmark of `instance-preflight lint` over 10,000 small payload files against a plain
 * `JSON.parse` of the same files, both as child processes in the same run, plus CLI startup time.
 * The files are mixed: one in ten has findings, every other one names its API with `"$api"` (the others are
 * detected from their `Action` and `Version`).
 * Targets: within 2x of the baseline (issue 16; 3x in issue 5); startup under 150 ms (shown beside bare
 * `node -e ""` from the same run, since node's own start-up moves with the machine's load).
 *
 * Both are timed in wall time (the target) and in CPU time (user + system of the whole process, every thread),
 * which the other helpers' load on a shared machine moves far less: each process reports its own as it exits,
 * with its main thread's share (Linux `schedstat`): the rest is V8's helper threads, the optimizing compiler's
 * above all, which run beside the main thread when a core is free and compete with it when none is.
 *
 * Run with `npm run bench:lint` (builds `dist/` first, then runs the bin, `dist/cli.js`, as `npx` would, from a
 * one-line wrapper that adds the CPU report).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const FILES = 10_000;
const ROUNDS = 7;
const STARTUP_ROUNDS = 20;
const MAIN = new URL('../dist/cli.js', import.meta.url).pathname;

/** Prints the process's CPU time and its main thread's on standard error as it exits: `cpu-ms <n> main-ms <n>` (`NaN` without `/proc`). */
const CPU_REPORT =
  "process.on('exit', () => { const { user, system } = process.cpuUsage(); let main = NaN; try { main = Number(require('node:fs').readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6; } catch {} process.stderr.write(`\\ncpu-ms ${(user + system) / 1000} main-ms ${main}\\n`); });";

/** Runs the bin as `node dist/cli.js ...` does (its `process.argv` included), with the CPU report. */
const LINT = `${CPU_REPORT} process.argv.splice(1, 0, ${JSON.stringify(MAIN)}); import(${JSON.stringify(pathToFileURL(MAIN).href)});`;

const BASELINE = `${CPU_REPORT}
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const dir = process.argv[1];
let keys = 0;
for (const name of readdirSync(dir)) keys += Object.keys(JSON.parse(readFileSync(join(dir, name), 'utf8'))).length;
process.stdout.write(String(keys));
`;

function payload(index: number): object {
  const id = index.toString(36).padStart(8, '0').slice(-8);
  // One file in ten has a password too short for any image: the linter also formats findings.
  const password = index % 10 === 0 ? 'short' : `Qcloud@Test${id}+`;
  return {
    ...(index % 2 === 1 ? { $api: 'tencent.cvm.ResetInstance' } : {}),
    Action: 'ResetInstance',
    Version: '2017-03-12',
    Region: 'ap-guangzhou',
    InstanceId: `ins-${id}`,
    ImageId: 'img-pmqg1cw7',
    SystemDisk: { DiskSize: 60 },
    LoginSettings: { Password: password },
    EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: true } },
  };
}

function timed(args: readonly string[]): { readonly ms: number; readonly cpuMs: number; readonly mainMs: number; readonly status: number | null } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  const report = /cpu-ms ([\d.]+) main-ms ([\d.]+|NaN)\n$/.exec(result.stderr);
  return { ms, cpuMs: Number(report?.[1] ?? Number.NaN), mainMs: Number(report?.[2] ?? Number.NaN), status: result.status };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

if (!existsSync(MAIN)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm run bench:lint does).');
const work = mkdtempSync(join(tmpdir(), 'instance-preflight-bench-'));
try {
  const dir = join(work, 'payloads');
  mkdirSync(dir);
  for (let index = 0; index < FILES; index++) writeFileSync(join(dir, `p${index}.json`), JSON.stringify(payload(index), null, 2));
  const single = join(work, 'single.json');
  writeFileSync(single, JSON.stringify(payload(1), null, 2));
  const output = join(work, 'out.json');

  // Warm the file cache, then interleave the two so both see the same machine state.
  timed(['-e', BASELINE, dir]);
  const lint: number[] = [];
  const baseline: number[] = [];
  const lintCpu: number[] = [];
  const baselineCpu: number[] = [];
  const lintMain: number[] = [];
  const baselineMain: number[] = [];
  let status: number | null = null;
  for (let round = 0; round < ROUNDS; round++) {
    const run = timed(['-e', LINT, 'lint', '--format', 'json', '--output-file', output, dir]);
    status = run.status;
    lint.push(run.ms);
    lintCpu.push(run.cpuMs);
    lintMain.push(run.mainMs);
    const floor = timed(['-e', BASELINE, dir]);
    baseline.push(floor.ms);
    baselineCpu.push(floor.cpuMs);
    baselineMain.push(floor.mainMs);
  }
  const version: number[] = [];
  const oneFile: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round < STARTUP_ROUNDS; round++) {
    version.push(timed([MAIN, '--version']).ms);
    oneFile.push(timed([MAIN, 'lint', single]).ms);
    bare.push(timed(['-e', '']).ms);
  }

  // A fast run that skipped work is no result: every tenth file must have its findings.
  const flagged = (JSON.parse(readFileSync(output, 'utf8')) as { errorCount: number }[]).filter((file) => file.errorCount > 0).length;
  if (status !== 1 || flagged !== FILES / 10) throw new Error(`lint found ${flagged} files with errors (exit code ${String(status)}); expected ${FILES / 10} and exit code 1.`);

  const lintMs = median(lint);
  const baselineMs = median(baseline);
  const bareMs = median(bare);
  const versionMs = median(version);
  const oneFileMs = median(oneFile);
  const lintCpuMs = median(lintCpu);
  const baselineCpuMs = median(baselineCpu);
  const lintMainMs = median(lintMain);
  const baselineMainMs = median(baselineMain);
  const rows: readonly (readonly [string, string, string, string])[] = [
    ['lint (dist/cli.js, json output)', `${lintMs.toFixed(0)} ms`, `${((FILES / lintMs) * 1000).toFixed(0)} files/s`, `${lintCpuMs.toFixed(0)} ms CPU (main thread ${lintMainMs.toFixed(0)})`],
    ['baseline: readFileSync + JSON.parse', `${baselineMs.toFixed(0)} ms`, `${((FILES / baselineMs) * 1000).toFixed(0)} files/s`, `${baselineCpuMs.toFixed(0)} ms CPU (main thread ${baselineMainMs.toFixed(0)})`],
  ];
  console.log(`instance-preflight lint benchmark: ${FILES} mixed files (1 in 10 with findings, 1 in 2 with $api), median of ${ROUNDS} runs, Node ${process.version}`);
  for (const row of rows) console.log(`  ${row[0].padEnd(40)} ${row[1].padStart(9)}  ${row[2].padStart(14)}  ${row[3].padStart(30)}`);
  console.log(
    `  ratio lint / baseline: ${(lintMs / baselineMs).toFixed(2)}x wall (target <= 2x), ${(lintCpuMs / baselineCpuMs).toFixed(2)}x CPU, ${(lintMainMs / baselineMainMs).toFixed(2)}x main-thread CPU; ${flagged} files with errors, exit code ${String(status)}`,
  );
  console.log(`startup, median of ${STARTUP_ROUNDS} interleaved runs (target < 150 ms):`);
  console.log(`  bare node -e ""                          ${bareMs.toFixed(0).padStart(6)} ms`);
  console.log(`  dist/cli.js --version                    ${versionMs.toFixed(0).padStart(6)} ms  (+${(versionMs - bareMs).toFixed(0)} ms over bare node)`);
  console.log(`  dist/cli.js lint <one file>              ${oneFileMs.toFixed(0).padStart(6)} ms  (+${(oneFileMs - bareMs).toFixed(0)} ms over bare node)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
