import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './support/buildCli.ts';
import { installedCli } from './support/installedCli.ts';
import { cliSession } from './support/cliSession.ts';

interface ActionStep {
  readonly name?: string;
  readonly id?: string;
  readonly shell?: string;
  readonly run?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly 'working-directory'?: string;
}

interface Action {
  readonly inputs: Readonly<Record<string, { readonly default?: string }>>;
  readonly outputs: Readonly<Record<string, { readonly value: string }>>;
  readonly runs: { readonly using: string; readonly steps: readonly ActionStep[] };
}

interface Hook {
  readonly id: string;
  readonly entry: string;
  readonly language: string;
  readonly files: string;
  readonly pass_filenames: boolean;
}

const session = cliSession(installedCli, 'ci');

/** A workspace of one's own: the examples as request files, with the examples' config plus the files it lints. */
function workspace(name: string): string {
  const dir = join(session.work, name);
  cpSync(join(REPO_ROOT, 'examples', 'good'), join(dir, 'requests', 'good'), { recursive: true });
  cpSync(join(REPO_ROOT, 'examples', 'bad'), join(dir, 'requests', 'bad'), { recursive: true });
  const config = JSON.parse(readFileSync(join(REPO_ROOT, 'examples', 'instance-preflight.config.json'), 'utf8')) as { ignores?: { files: string }[] };
  const ignores = (config.ignores ?? []).map((ignore) => ({ ...ignore, files: `requests/${ignore.files}` }));
  writeFileSync(join(dir, 'instance-preflight.config.json'), JSON.stringify({ ...config, ignores, files: 'requests/**' }, null, 2));
  writeFileSync(join(dir, 'package.json'), '{ "name": "my-infra", "private": true }\n');
  return dir;
}

/** Evaluates the only expressions the action may use: its inputs and its own path. */
function expand(text: string, inputs: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'github.action_path') return session.cli.dir;
    const input = /^inputs\.([\w-]+)$/.exec(expression)?.[1];
    const value = input === undefined ? undefined : inputs[input];
    if (value === undefined) throw new Error(`action.yml uses an expression this test does not know: ${expression}`);
    return value;
  });
}

/** Runs every step of the composite action as the runner would (bash -eo pipefail), in the workspace. */
function runAction(dir: string, given: Readonly<Record<string, string>>): { code: number | null; stdout: string; stderr: string; output: string } {
  const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;
  expect(action.runs.using).toBe('composite');
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([key, input]) => [key, input.default ?? ''])), ...given };
  const outputFile = join(dir, 'github-output');
  writeFileSync(outputFile, '');
  let last = { code: 0 as number | null, stdout: '', stderr: '' };
  for (const step of action.runs.steps) {
    expect(step.shell, step.name).toBe('bash');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(value, inputs)]));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run ?? ''], {
      cwd: step['working-directory'] ? expand(step['working-directory'], inputs) : dir,
      env: { ...process.env, ...env, NO_COLOR: '1', GITHUB_ACTION_PATH: session.cli.dir, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: dir },
      encoding: 'utf8',
    });
    last = { code: result.status, stdout: result.stdout, stderr: result.stderr };
    if (result.status !== 0) break;
  }
  return { ...last, output: readFileSync(outputFile, 'utf8') };
}

describe('action.yml (composite GitHub Action)', () => {
  test('lints the requests, annotates the run and writes SARIF for upload; findings fail the step', () => {
    const dir = workspace('action-bad');
    const result = runAction(dir, { paths: 'requests/bad\nrequests/good' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=requests\/bad\/\S+,line=\d+/m);
    expect(result.output).toBe('sarif-file=instance-preflight.sarif\n');
    const log = JSON.parse(readFileSync(join(dir, 'instance-preflight.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results.length).toBeGreaterThan(20);
  });

  test('with no paths it lints the config\'s files; good requests pass; inputs reach the CLI', () => {
    const dir = workspace('action-good');
    rmSync(join(dir, 'requests', 'bad'), { recursive: true });
    const result = runAction(dir, { 'sarif-file': 'out/lint.sarif', args: '--max-warnings 0' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.output).toBe('sarif-file=out/lint.sarif\n');
    expect(existsSync(join(dir, 'out', 'lint.sarif'))).toBe(true);
  });

  test('the build step is skipped when the action already has its bin, and the output names the SARIF file', () => {
    const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;
    expect(action.runs.steps[0]?.run).toContain('if [ ! -f dist/cli.js ]');
    expect(action.outputs['sarif-file']?.value).toBe('${{ steps.lint.outputs.sarif-file }}');
    // Inputs go through env:, never into the script text (script injection).
    for (const step of action.runs.steps) expect(step.run ?? '').not.toMatch(/\$\{\{/);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = (): Hook[] => parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

  /** Runs a hook's entry as pre-commit does: the bin on the PATH, the staged files matching `files` appended when it passes file names. */
  function runHook(hook: Hook, dir: string, staged: readonly string[]): { code: number | null; stdout: string; stderr: string } {
    const [bin, ...args] = hook.entry.split(' ');
    expect(bin).toBe('instance-preflight');
    const files = new RegExp(hook.files);
    const names = hook.pass_filenames ? staged.filter((name) => files.test(name)) : [];
    const result = spawnSync(process.execPath, [session.cli.bin, ...args, ...names], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  test('declares one node hook that runs the package bin', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    const [hook, ...others] = hooks();
    expect(others).toEqual([]);
    expect(hook).toMatchObject({ id: 'instance-preflight', language: 'node', pass_filenames: false });
    expect(Object.keys(manifest.bin)).toContain(hook?.entry.split(' ')[0]);
  });

  test('lints what the config names when a request-like file is staged, never package.json', () => {
    const [hook] = hooks();
    if (!hook) throw new Error('no hook');
    const dir = workspace('hook');
    const staged = ['package.json', 'requests/bad/tencent/malformed-ids.json'];
    expect(staged.every((name) => new RegExp(hook.files).test(name))).toBe(true);
    const bad = runHook(hook, dir, staged);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('requests/bad/tencent/malformed-ids.json');
    expect(bad.stdout).not.toContain('package.json');
    rmSync(join(dir, 'requests', 'bad'), { recursive: true });
    const good = runHook(hook, dir, staged);
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
  });

  test('with the documented override it lints only the staged files of the request folder', () => {
    const [hook] = hooks();
    if (!hook) throw new Error('no hook');
    const overridden = { ...hook, files: '^requests/', pass_filenames: true };
    const dir = workspace('hook-staged');
    const result = runHook(overridden, dir, ['package.json', 'requests/good/zenlayer/reset-linux.json', 'requests/bad/zenlayer/password.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^requests\/bad\/zenlayer\/password\.json$/m);
    expect(result.stdout).toMatch(/^2 files, /m);
  });
});
