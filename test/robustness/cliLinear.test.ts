import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtCli, runBuilt } from './support/cliProcess.ts';
import { cliSession } from '../cli/support/cliSession.ts';

/**
 * Issue 13, "linear everywhere": inputs that took tens of seconds on quadratic paths (the locate step scanning
 * every member per finding, the `yaml` library's duplicate-key check and alias resolution). Each must finish
 * within the time bound with its findings; a quadratic path runs past it and fails loudly (never a timing
 * assertion: bench/locate.ts measures the growth).
 */

const KEYS = 80_000;
const session = cliSession(builtCli, 'linear');

/** Lints one file and gives its rule ids, after checking the run ended by itself with findings. */
function lint(name: string, text: string): string[] {
  writeFileSync(join(session.work, name), text);
  const run = runBuilt(session.cli.bin, ['lint', '--api', 'tencent.cvm.ResetInstance', '-f', 'json', name], { cwd: session.work });
  expect(run.timedOut, 'the run took quadratic time').toBe(false);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: '' });
  const [file] = JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[];
  return (file?.messages ?? []).map((message) => message.ruleId);
}

const keys = (line: (index: number) => string, count = KEYS): string => Array.from({ length: count }, (_, index) => line(index)).join('');

describe('no quadratic path on small files', () => {
  test('a JSON object with 80,000 unknown keys (1 MB; 57 s at 80k before)', () => {
    const rules = lint('keys.json', `{"InstanceId":"ins-r8hr2upy",${keys((index) => `"key${index}":${index},`)}"last":0}`);
    expect(rules).toContain('parameter/unknown');
    expect(rules).toContain('lint/truncated');
  });

  test('a YAML mapping with 80,000 keys (32 s at 40k before)', () => {
    const rules = lint('keys.yaml', `InstanceId: ins-r8hr2upy\n${keys((index) => `key${index}: ${index}\n`)}`);
    expect(rules).toContain('parameter/unknown');
  });

  test('YAML with 64,000 anchors and aliases is refused in linear time (23 s at 32k before)', () => {
    const rules = lint('aliases.yaml', `InstanceId: ins-r8hr2upy\n${Array.from({ length: 32_000 }, (_, index) => `a${index}: &x${index} v\nb${index}: *x${index}\n`).join('')}`);
    expect(rules).toEqual(['parameter/parse']);
  });

  test('a request line with 200,000 unknown keys (1.9 MB; 0.9 s at 20k before, growing as the square)', () => {
    const rules = lint('keys.txt', `Action=ResetInstance&InstanceId=ins-r8hr2upy${keys((index) => `&key${index}=${index}`, 200_000)}\n`);
    expect(rules).toContain('parameter/unknown');
  });
});
