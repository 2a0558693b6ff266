import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtCli, runBuilt, type Run } from './support/cliProcess.ts';
import { cliSession } from '../cli/support/cliSession.ts';

/**
 * Issue 13, "a file is one unit of failure": each hostile file sits beside a good one, and the run must end
 * within the time bound with the good file linted, the summary written and the hostile file reported.
 */

const API = ['--api', 'tencent.cvm.ResetInstance'];
const GOOD = JSON.stringify({ InstanceId: 'ins-r8hr2upy' });

const session = cliSession(builtCli, 'failure');
let count = 0;

beforeAll(() => {
  chmodSync(session.work, 0o755);
});

/** A fresh directory with a good request in it. */
function fresh(): string {
  const dir = join(session.work, `case${count++}`);
  mkdirSync(dir);
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'good.json'), GOOD);
  return dir;
}

interface JsonFile {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string; readonly message: string }[];
}

/** Runs with JSON output and gives the files, after checking the run ended by itself with findings. */
function lintJson(dir: string, args: readonly string[]): { run: Run; files: JsonFile[] } {
  const run = runBuilt(session.cli.bin, ['lint', ...API, '-f', 'json', ...args], { cwd: dir });
  expect(run.timedOut, 'the run hung or took quadratic time').toBe(false);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: '' });
  return { run, files: JSON.parse(run.stdout) as JsonFile[] };
}

const rulesOf = (files: readonly JsonFile[], name: string): string[] => (files.find((file) => file.filePath === name)?.messages ?? []).map((message) => message.ruleId);

describe('one file cannot stop the run', () => {
  test('a request with 130,000 findings is cut at 1,000 with lint/truncated, and the good file is linted', () => {
    const dir = fresh();
    const request: Record<string, number> = { InstanceId: 0 };
    for (let index = 0; index < 130_000; index++) request[`k${index}`] = 0;
    writeFileSync(join(dir, 'many.json'), JSON.stringify(request));
    const { files } = lintJson(dir, ['.']);
    const many = rulesOf(files, 'many.json');
    expect(many.length).toBeLessThanOrEqual(1_001);
    expect(many).toContain('lint/truncated');
    expect(files.map((file) => file.filePath)).toContain('good.json');
  });

  test('JSON nested 4,000 deep is linted and located without overflowing a stack', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'deep.json'), `{"InstanceId":"ins-r8hr2upy","LoginSettings":${'{"a":'.repeat(4_000)}1${'}'.repeat(4_001)}`);
    const { files } = lintJson(dir, ['.']);
    expect(rulesOf(files, 'deep.json').length).toBeGreaterThan(0);
    expect(rulesOf(files, 'deep.json')).not.toContain('lint/file-unreadable');
    expect(files.map((file) => file.filePath)).toContain('good.json');
  });

  test('inputs whose stat fails (ELOOP, ENOTDIR, ENAMETOOLONG) are lint/file-unreadable findings with the reason', () => {
    const dir = fresh();
    symlinkSync('loop-b.json', join(dir, 'loop-a.json'));
    symlinkSync('loop-a.json', join(dir, 'loop-b.json'));
    const { files } = lintJson(dir, ['loop-a.json', 'good.json/below.json', `${'n'.repeat(300)}.json`, 'good.json']);
    const messages = files.flatMap((file) => file.messages);
    expect(messages.filter((message) => message.ruleId === 'lint/file-unreadable')).toHaveLength(3);
    expect(messages.map((message) => message.message).join('\n')).toMatch(/symbolic links[\s\S]*not a directory[\s\S]*too long/);
    expect(files.map((file) => file.filePath)).toContain('good.json');
  });

  test('a 10 MiB .txt of "a" lines is cut at 10,000 requests, without running out of memory, with bounded output', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'lines.txt'), 'a\n'.repeat(5 * 1024 * 1024));
    const { run, files } = lintJson(dir, ['.']);
    expect(rulesOf(files, 'lines.txt')).toContain('lint/truncated');
    expect(run.stdout.length).toBeLessThan(32 * 1024 * 1024);
  });

  test('10 MiB of YAML list items is one problem, not 33 s and 2.5 GB in the YAML library', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'list.yaml'), '- a\n'.repeat(2.5 * 1024 * 1024));
    const { files } = lintJson(dir, ['.']);
    expect(rulesOf(files, 'list.yaml')).toEqual(['parameter/parse']);
  });

  test('a 1 MB file of many requests gives output of bounded size (not 121 MB)', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'requests.json'), `[${new Array(250_000).fill('{}').join(',')}]`);
    const { run, files } = lintJson(dir, ['.']);
    expect(rulesOf(files, 'requests.json')).toContain('lint/truncated');
    expect(run.stdout.length).toBeLessThan(16 * 1024 * 1024);
  });

  test('a named pipe, a device and a directory given as files are refused without blocking', () => {
    const dir = fresh();
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const { files } = lintJson(dir, ['pipe.json', '/dev/zero', 'good.json']);
    const reasons = Object.fromEntries(files.map((file) => [file.filePath, file.messages.map((message) => message.message).join('')]));
    expect(reasons).toEqual({ 'pipe.json': expect.stringContaining('named pipe'), '../../../dev/zero': expect.stringContaining('device'), 'good.json': '' });
  });

  test('a directory that cannot be listed is a finding, not a clean run', () => {
    const dir = fresh();
    const closed = join(dir, 'closed');
    mkdirSync(closed);
    writeFileSync(join(closed, 'a.json'), GOOD);
    chmodSync(closed, 0o000);
    // Root reads any directory: the CLI then runs as nobody, as an ordinary user would.
    const asUser = process.getuid?.() === 0 ? { uid: 65_534 } : {};
    const run = runBuilt(session.cli.bin, ['lint', ...API, '-f', 'json', 'closed'], { cwd: dir, ...asUser });
    chmodSync(closed, 0o755);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1);
    const files = JSON.parse(run.stdout) as JsonFile[];
    expect(files.flatMap((file) => file.messages)).toEqual([expect.objectContaining({ ruleId: 'lint/file-unreadable', message: expect.stringContaining('permission denied') })]);
  });
});

describe('config reads are gated like request files', () => {
  const expectRefused = (run: Run, pattern: RegExp): void => {
    expect(run.timedOut, 'the config read blocked').toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(pattern);
  };

  test('--config /dev/zero and a config that is a named pipe end at once with a clear error', () => {
    const dir = fresh();
    expectRefused(runBuilt(session.cli.bin, ['lint', '--config', '/dev/zero', 'good.json'], { cwd: dir }), /cannot read the config file \(device\)/);
    const nested = join(dir, 'sub');
    mkdirSync(nested);
    execFileSync('mkfifo', [join(dir, '.instance-preflightrc.json')]);
    expectRefused(runBuilt(session.cli.bin, ['lint', '../good.json'], { cwd: nested }), /cannot read the config file \(fifo\)/);
  });

  test('a config over --max-file-size is refused', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'big.config.json'), JSON.stringify({ $schema: 'x'.repeat(4096) }));
    expectRefused(runBuilt(session.cli.bin, ['lint', '--max-file-size', '1KiB', '--config', 'big.config.json', 'good.json'], { cwd: dir }), /more than the 1024 read/);
  });

  test('a config of [] is refused with a clear error', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'list.config.json'), '[]');
    expectRefused(runBuilt(session.cli.bin, ['lint', '--config', 'list.config.json', 'good.json'], { cwd: dir }), /Use a JSON object/);
  });

  test('a mailto: or javascript: docsBaseUrl is refused, in the config and on the command line', () => {
    const dir = fresh();
    for (const url of ['mailto:docs@example.com', 'javascript:alert(1)']) {
      writeFileSync(join(dir, 'docs.config.json'), JSON.stringify({ docsBaseUrl: url }));
      expectRefused(runBuilt(session.cli.bin, ['lint', '-f', 'sarif', '--config', 'docs.config.json', 'good.json'], { cwd: dir }), /http or https/);
      expectRefused(runBuilt(session.cli.bin, ['lint', ...API, '-f', 'sarif', '--docs-base-url', url, 'good.json'], { cwd: dir }), /http or https/);
    }
  });

  test('--max-file-size 5constructor is refused', () => {
    expectRefused(runBuilt(session.cli.bin, ['lint', ...API, '--max-file-size', '5constructor', 'good.json'], { cwd: fresh() }), /--max-file-size/);
  });
});

describe('output failures', () => {
  const shell = (dir: string, command: string): Run => {
    try {
      const stdout = execFileSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] });
      return { code: 0, timedOut: false, stdout, stderr: '' };
    } catch (error) {
      const failed = error as { status: number | null; stdout: string; stderr: string; code?: string };
      return { code: failed.status, timedOut: failed.code === 'ETIMEDOUT', stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  test('-o naming a directory is an output error (exit 2) said in one line, not an internal error', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'out'));
    const run = runBuilt(session.cli.bin, ['lint', ...API, '-f', 'json', '-o', 'out', 'good.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('instance-preflight: cannot write the output file out (EISDIR).\n');
  });

  test('standard output on /dev/full is an output error (exit 2); a closed pipe ends quietly', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'many.json'), JSON.stringify({ InstanceId: 'x', LoginSettings: { KeyIds: new Array(5_000).fill(0) } }));
    const full = shell(dir, `"${process.execPath}" "${session.cli.bin}" lint ${API.join(' ')} many.json > /dev/full`);
    expect(full.code).toBe(2);
    expect(full.stderr).toBe('instance-preflight: cannot write to standard output (ENOSPC).\n');
    const piped = shell(dir, `"${process.execPath}" "${session.cli.bin}" lint ${API.join(' ')} -f json many.json | head -c 10 > /dev/null; echo "exit=\${PIPESTATUS:-}"`);
    expect(piped.stderr).toBe('');
  });
});
