import { coldStartLines, measureColdStart } from './coldStart.ts';

/**
 * `npm run bench:cold`: the cold start part of `npm run bench` alone (after `npm run build`), over the
 * same measurement; `COLD_RUNS` sets the number of fresh processes per variant (default 15).
 */
const runs = Number(process.env['COLD_RUNS'] ?? 15);
for (const line of coldStartLines(measureColdStart(runs))) process.stdout.write(`${line}\n`);
