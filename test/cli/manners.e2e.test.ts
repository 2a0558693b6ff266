import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './support/buildCli.ts';
import { installedCli } from './support/installedCli.ts';
import { cliSession } from './support/cliSession.ts';
import { writeProject } from './support/writeProject.ts';

// Both packages are CommonJS with a `default` property that holds the export.
const Ajv = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;

const session = cliSession(installedCli, 'manners');

const request = (extra: Record<string, unknown> = {}): string =>
  `${JSON.stringify({ Action: 'ResetInstance', Version: '2017-03-12', InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Qcloud@TestApi123++' }, ...extra }, null, 2)}\n`;

/** Creates a project directory in the session's scratch directory. */
const project = (name: string, files: Readonly<Record<string, string | object>>): string => writeProject(session.work, name, files);

describe('inputs, as ESLint treats them', () => {
  test('no path: lints what the config names, never package.json or tsconfig.json', () => {
    const dir = project('configured', {
      'package.json': { name: 'app', version: '1.0.0' },
      'tsconfig.json': { compilerOptions: { strict: true } },
      'instance-preflight.config.json': { files: ['requests/**/*.json'] },
      'requests/a.json': request(),
      'requests/nested/b.json': request({ InstanceId: 'ins-1122' }),
    });
    const result = session.cli.run(['lint', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const files = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(files.map((file) => [file.filePath, file.messages.map((message) => message.ruleId)])).toEqual([
      ['requests/a.json', []],
      ['requests/nested/b.json', ['identifier/format']],
    ]);
  });

  test('no path and no "files" in a config: exit 2 with a usage message', () => {
    const bare = project('bare', { 'package.json': { name: 'app' }, 'a.json': request() });
    const withConfig = project('config-without-files', { 'instance-preflight.config.json': { os: 'linux' }, 'a.json': request() });
    for (const cwd of [bare, withConfig]) {
      const result = session.cli.run(['lint'], { cwd });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        'instance-preflight: No path given, and no config file names "files": give the paths, directories or globs to lint (- for standard input).\nRun "instance-preflight --help" for usage.\n',
      );
    }
  });

  test('a missing path, an unmatched glob and a folder with nothing lintable: exit 2, one line each', () => {
    const dir = project('unmatched', { 'a.json': request(), 'notes/readme.md': '# not a request\n' });
    const result = session.cli.run(['lint', 'a.json', 'no/such.json', 'requests/*.yaml', 'notes'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'instance-preflight: No such file or directory: "no/such.json".',
        'instance-preflight: No files matching the pattern "requests/*.yaml" were found.',
        'instance-preflight: No files to lint in the directory "notes" (.json, .yaml, .yml, .txt, .url).',
        '',
      ].join('\n'),
    );
  });

  test('--no-error-on-unmatched-pattern lints what matched and skips the rest', () => {
    const dir = project('unmatched-opt-out', { 'a.json': request(), 'empty/.keep': '' });
    const result = session.cli.run(['lint', '--no-error-on-unmatched-pattern', 'a.json', 'no/such.json', '*.url', 'empty'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('1 file, 0 errors, 0 warnings\n');
  });
});

describe('reports', () => {
  test('JUnit: one test suite per file, one failed test case per finding, one passing case for a clean file', () => {
    const dir = project('junit', { 'a.json': request(), 'b.json': request({ InstanceId: 'ins-1122', HostName: '-web' }) });
    const result = session.cli.run(['lint', '--format', 'junit', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    const suites = [...result.stdout.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)"/g)].map((match) => match.slice(1));
    expect(suites).toEqual([
      ['a.json', '1', '0'],
      ['b.json', '2', '2'],
    ]);
    expect(result.stdout).toContain('<testcase classname="a.json" name="a.json"/>');
    expect(result.stdout.match(/<failure type="error"/g)).toHaveLength(2);
    expect(result.stdout).toMatch(/<testsuites name="instance-preflight" tests="3" failures="2" errors="0">/);
  });

  test('-q says how many warnings it hid; --max-warnings says why it failed', () => {
    const dir = project('warnings', { 'a.json': request({ HostName: 'web.01' }) });
    const quiet = session.cli.run(['lint', '-q', 'a.json'], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('1 file, 0 errors, 0 warnings, 1 warning hidden by --quiet\n');
    const limited = session.cli.run(['lint', '--max-warnings', '0', 'a.json'], { cwd: dir });
    expect(limited.code).toBe(1);
    expect(limited.stdout).toContain('hostname/dot');
    expect(limited.stderr).toBe('instance-preflight: too many warnings: 1 found, --max-warnings allows 0; exit code 1.\n');
    const json = session.cli.run(['lint', '--max-warnings', '0', '--format', 'json', 'a.json'], { cwd: dir });
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
    expect(session.cli.run(['lint', '--max-warnings', '1', 'a.json'], { cwd: dir }).stderr).toBe('');
  });

  test('SARIF carries each rule page as help (no hosted site), helpUri only with a base URL, and validates against SARIF 2.1.0', () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validateSarif = ajv.compile(schema);
    for (const base of [undefined, 'https://example.com/instance-preflight/blob/main/']) {
      const args = ['lint', '--config', 'examples/instance-preflight.config.json', '--format', 'sarif', ...(base ? ['--docs-base-url', base] : []), 'examples/'];
      const log = JSON.parse(session.cli.run(args).stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string; help: { text: string; markdown: string } }[] } } }[] };
      expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
      const rules = log.runs[0]?.tool.driver.rules ?? [];
      expect(rules.length).toBeGreaterThan(40);
      for (const rule of rules) {
        expect(rule.help.markdown, rule.id).toMatch(new RegExp(`^# ${rule.id}\\n[\\s\\S]*## What it checks[\\s\\S]*## How to fix`));
        expect(rule.help.text, rule.id).toContain('What it checks');
        expect(rule.helpUri, rule.id).toBe(base ? `${base}docs/rules/${rule.id}.md` : undefined);
      }
    }
  });

  test('pretty names the page of each reported rule in the installed package', () => {
    const dir = project('pages', { 'a.json': request({ InstanceId: 'ins-1122' }) });
    const outside = session.cli.run(['lint', 'a.json'], { cwd: dir });
    expect(outside.stdout).toContain(`Rule pages:\n  identifier/format  ${session.cli.dir}/docs/rules/identifier/format.md\n`);
    writeFileSync(join(session.cli.dir, 'a.json'), request({ InstanceId: 'ins-1122' }));
    const inside = session.cli.run(['lint', 'a.json'], { cwd: session.cli.dir });
    expect(inside.stdout).toContain('Rule pages:\n  identifier/format  docs/rules/identifier/format.md\n');
  });
});

describe('standard input, API ids and config spellings', () => {
  test('--stdin-filename reads URL lines from a pipe with the .url reader and reports them under that name', () => {
    const lines = [
      'https://cvm.tencentcloudapi.com/?Action=ResetInstance&Version=2017-03-12&Region=ap-guangzhou&InstanceId=ins-1122&LoginSettings.Password=Qcloud%40TestApi123%2B%2B',
      'https://cvm.api.qcloud.com/v2/index.php?Action=ResetInstance&Version=2017-03-12&Region=gz&InstanceId=ins-r8hr2upy&LoginSettings.Password=Qcloud%40TestApi123%2B%2B',
    ].join('\n');
    const result = session.cli.run(['lint', '--format', 'parseable', '--stdin-filename', 'saved/requests.url'], { input: `${lines}\n`, cwd: session.work });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^saved\/requests\.url:1:\d+:identifier\/format:error:/);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  test('--stdin-filename applies the config overrides and ignores of that name', () => {
    const dir = project('stdin-config', {
      'instance-preflight.config.json': {
        overrides: [{ files: 'windows/**', os: 'windows' }],
        ignores: [{ files: 'legacy/**', rule: 'identifier/format', reason: 'Old ids, migrated in Q3.' }],
      },
    });
    // A 10-character password passes on Linux and is too short for a Windows image (12 at least).
    const short = request({ LoginSettings: { Password: 'Ab1#Ab1#Ab' } });
    const windows = session.cli.run(['lint', '--format', 'parseable', '--stdin-filename', 'windows/a.json', '-'], { input: short, cwd: dir });
    expect(windows.stdout).toMatch(/^windows\/a\.json:\d+:\d+:password\/length:error:/);
    expect(session.cli.run(['lint', '--stdin-filename', 'linux/a.json'], { input: short, cwd: dir }).code).toBe(0);
    const legacy = session.cli.run(['lint', '--format', 'json', '--stdin-filename', 'legacy/a.json'], { input: request({ InstanceId: 'ins-1122' }), cwd: dir });
    expect(legacy.code).toBe(0);
    expect(JSON.parse(legacy.stdout)).toMatchObject([{ filePath: 'legacy/a.json', messages: [], suppressed: [{ ruleId: 'identifier/format', reason: 'Old ids, migrated in Q3.' }] }]);
  });

  test('did you mean: a mistyped --api, $api and config api get the nearest id', () => {
    const dir = project('did-you-mean', { 'a.yaml': '$api: zenlayer.ResetInstance\ninstanceId: "1462503284937138176"\npassword: Zen^Net2024\n' });
    const flag = session.cli.run(['lint', '--api', 'tencent.cvm.ResetInstnce', 'a.yaml'], { cwd: dir });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('Unknown API id "tencent.cvm.ResetInstnce" (did you mean "tencent.cvm.ResetInstance"?)');
    const key = session.cli.run(['lint', '--format', 'parseable', 'a.yaml'], { cwd: dir });
    expect(key.stdout).toContain('a.yaml:1:1:lint/api-unknown:error:The "$api" value is not a known API id (did you mean "zenlayer.zec.ResetInstance"?).');
    const chinese = session.cli.run(['lint', '--lang', 'zh-CN', '--format', 'parseable', 'a.yaml'], { cwd: dir });
    expect(chinese.stdout).toContain('（您是否想用“zenlayer.zec.ResetInstance”？）');
    writeFileSync(join(dir, '.instance-preflightrc.json'), JSON.stringify({ api: 'jdcloud.rebuildInstance' }));
    const config = session.cli.run(['lint', 'a.yaml'], { cwd: dir });
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/\.instance-preflightrc\.json:1:\d+: api: Did you mean "jdcloud\.vm\.rebuildInstance"\?/);
  });

  test('"warn" is accepted for "warning" in the config', () => {
    const dir = project('warn', { '.instance-preflightrc.json': { rules: { 'identifier/format': 'warn' } }, 'a.json': request({ InstanceId: 'ins-1122' }) });
    const result = session.cli.run(['lint', '--format', 'json', 'a.json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject([{ warningCount: 1, messages: [{ ruleId: 'identifier/format', severity: 'warning' }] }]);
  });

  test('a repeated key in JSON or YAML is parameter/duplicate at the second key', () => {
    const dir = project('duplicates', {
      'a.json': '{\n  "Action": "ResetInstance",\n  "Version": "2017-03-12",\n  "InstanceId": "ins-r8hr2upy",\n  "InstanceId": "ins-9bxebleo",\n  "LoginSettings": { "Password": "Qcloud@TestApi123++" }\n}\n',
      'b.yaml': '$api: zenlayer.zec.ResetInstance\ninstanceId: "1462503284937138176"\npassword: Zen^Net2024\npassword: Other^Net2024\n',
    });
    const result = session.cli.run(['lint', '--os', 'linux', '--format', 'parseable', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^a\.json:5:3:parameter\/duplicate:error:Remove this repeated key/),
      expect.stringMatching(/^b\.yaml:4:1:parameter\/duplicate:error:Remove this repeated key/),
    ]);
    expect(result.stdout).not.toContain('Other^Net2024');
    expect(result.stdout).not.toContain('Zen^Net2024');
  });
});
