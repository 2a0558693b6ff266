/**
 * Benchmark of the CLI's locate step (issue 13, "linear everywhere"): a request with n unknown keys is read
 * and every key is located, as the linter does for each finding, for n = 10k, 20k, 40k and 80k, in JSON,
 * YAML and a request line. Before the per-file index, JSON and YAML scanned every member per finding (80k
 * JSON keys took 57 s) and the `yaml` library's duplicate-key check was quadratic in a mapping's keys.
 * Linear growth shows as a steady time per 1,000 keys down each column; the last column is the ratio to
 * the previous size (2.0 is linear, 4.0 quadratic). A benchmark, not a test: the numbers move with the
 * machine's load.
 *
 * Run with `npm run bench:locate`.
 */
import type { PathSegment } from '../src/errors/issue.ts';
import type { Reader } from '../src/cli/types.ts';
import { readJson } from '../src/cli/readers/readJson.ts';
import { readQueryLines } from '../src/cli/readers/readQueryLines.ts';
import { readYaml } from '../src/cli/readers/readYaml.ts';

const SIZES = [10_000, 20_000, 40_000, 80_000];
const ROUNDS = 5;

const keyOf = (index: number): string => `UnknownKey${index}`;

const SYNTAXES: readonly { readonly name: string; readonly reader: Reader; readonly text: (keys: number) => string }[] = [
  { name: 'JSON', reader: readJson, text: (keys) => JSON.stringify(Object.fromEntries(Array.from({ length: keys }, (_, index) => [keyOf(index), index]))) },
  { name: 'YAML', reader: readYaml, text: (keys) => Array.from({ length: keys }, (_, index) => `${keyOf(index)}: ${index}\n`).join('') },
  { name: 'URL line', reader: readQueryLines, text: (keys) => `https://cvm.tencentcloudapi.com/?${Array.from({ length: keys }, (_, index) => `${keyOf(index)}=${index}`).join('&')}\n` },
];

/** Reads the text and locates every key once; returns the milliseconds (the best of the rounds). */
function measure(reader: Reader, text: string, keys: number): number {
  const paths: PathSegment[][] = Array.from({ length: keys }, (_, index) => [keyOf(index)]);
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    const [request] = reader(text).requests;
    if (!request) throw new Error('the reader gave no request');
    let lines = 0;
    for (const path of paths) lines += request.locate(path).line;
    const elapsed = performance.now() - start;
    if (lines < keys) throw new Error('a key was not located');
    best = Math.min(best, elapsed);
  }
  return best;
}

console.log(`read + locate every key, best of ${ROUNDS} (ms; ms per 1,000 keys; ratio to the previous size)\n`);
console.log(['syntax'.padEnd(10), ...SIZES.map((size) => `${size / 1000}k keys`.padStart(24))].join(''));
for (const { name, reader, text } of SYNTAXES) {
  const times = SIZES.map((keys) => measure(reader, text(keys), keys));
  const cells = times.map((time, index) => {
    const previous = times[index - 1];
    const ratio = previous ? `×${(time / previous).toFixed(1)}` : '';
    return `${time.toFixed(0)} ms ${(time / ((SIZES[index] ?? 1) / 1000)).toFixed(2)}/k ${ratio}`.padStart(24);
  });
  console.log([name.padEnd(10), ...cells].join(''));
}
