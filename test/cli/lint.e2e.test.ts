import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { buildCli, REPO_ROOT, runCli } from './support/buildCli.ts';
import { cliSession } from './support/cliSession.ts';

// Both packages are CommonJS with a `default` property that holds the export.
const Ajv = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;
const CONFIG = ['--config', 'examples/instance-preflight.config.json'];
const FORMATS = ['pretty', 'json', 'sarif', 'github', 'junit', 'parseable'] as const;

/** Every password written in the examples (JSON, YAML and URL forms), to prove no output contains one. */
function examplePasswords(): string[] {
  const found = new Set<string>();
  for (const file of globSync('examples/**/*.{json,yaml,yml,url,txt}', { cwd: REPO_ROOT, absolute: true })) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/"[Pp]assword"\s*:\s*"([^"]+)"/g)) found.add(match[1] ?? '');
    for (const match of text.matchAll(/^\s*[Pp]assword:\s*(\S+)\s*$/gm)) found.add((match[1] ?? '').replace(/^"|"$/g, ''));
    for (const match of text.matchAll(/LoginSettings\.Password=([^&\s#]+)/g)) found.add(decodeURIComponent(match[1] ?? ''));
  }
  // Passwords of a few letters ("short", "abc") are ordinary words a message may contain.
  return [...found].filter((password) => password.length >= 8);
}

const session = cliSession(buildCli, 'e2e');

const good = JSON.stringify({ Action: 'ResetInstance', Version: '2017-03-12', InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Qcloud@TestApi123++' } }, null, 2);

describe('instance-preflight lint (built CLI, child process)', () => {
  test('the good examples pass with exit code 0', () => {
    const result = runCli(session.cli, ['lint', ...CONFIG, 'examples/good']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+ files, 0 errors, 0 warnings$/m);
  });

  test('the whole examples directory shows findings in every format, exit code 1, and no password', () => {
    const passwords = examplePasswords();
    expect(passwords.length).toBeGreaterThan(10);
    for (const format of FORMATS) {
      const result = runCli(session.cli, ['lint', ...CONFIG, '--format', format, 'examples/']);
      expect(result.code, format).toBe(1);
      expect(result.stdout.length, format).toBeGreaterThan(100);
      for (const password of passwords) expect(result.stdout, `${format} leaks a password`).not.toContain(password);
      for (const password of passwords) expect(result.stderr).not.toContain(password);
    }
  });

  test('json output has the documented shape, positions and the suppressed finding', () => {
    const result = runCli(session.cli, ['lint', ...CONFIG, '--format', 'json', 'examples/']);
    const files = JSON.parse(result.stdout) as { filePath: string; messages: Record<string, unknown>[]; errorCount: number; warningCount: number; suppressed: { reason: string }[] }[];
    const ids = files.find((file) => file.filePath === 'examples/bad/tencent/malformed-ids.json');
    expect(ids?.messages[0]).toEqual({
      ruleId: 'identifier/format',
      severity: 'error',
      message: expect.any(String),
      line: 4,
      column: 3,
      endLine: 4,
      endColumn: 27,
      pointer: '/InstanceId',
      vendorCode: 'InvalidInstanceId.Malformed',
    });
    const timezone = files.find((file) => file.filePath === 'examples/bad/zenlayer/timezone.yaml');
    expect(timezone?.suppressed).toEqual([expect.objectContaining({ ruleId: 'timezone/unknown', pointer: '/timezone', reason: expect.stringContaining('legacy name') })]);
  });

  test('a malformed JSON file among good ones is a finding at the syntax error; the others are still linted', () => {
    const dir = join(session.work, 'mixed');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.json'), good);
    writeFileSync(join(dir, 'b.json'), '{\n  "InstanceId": "ins-r8hr2upy",\n  "LoginSettings": { "Password": "Qcloud@TestApi123++" }\n  "ImageId": "img-pmqg1cw7"\n}\n');
    writeFileSync(join(dir, 'c.json'), good.replace('ins-r8hr2upy', 'ins-1122'));
    const result = runCli(session.cli, ['lint', '--format', 'parseable', dir]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/b\.json:4:3:parameter\/parse:error:/);
    expect(lines[1]).toMatch(/c\.json:4:3:identifier\/format:error:/);
    expect(result.stdout).not.toContain('Qcloud@TestApi123++');
  });

  test('a missing path or an unmatched glob stops the run with exit code 2 (as ESLint), unless opted out', () => {
    const dir = join(session.work, 'missing');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.json'), good);
    const inputs = [join(dir, 'a.json'), 'no/such/file.json', 'no/such/*.yaml'];
    const strict = runCli(session.cli, ['lint', '--format', 'json', ...inputs]);
    expect(strict.code).toBe(2);
    expect(strict.stdout).toBe('');
    expect(strict.stderr.trim().split('\n')).toEqual([
      'instance-preflight: No such file or directory: "no/such/file.json".',
      'instance-preflight: No files matching the pattern "no/such/*.yaml" were found.',
    ]);
    const lenient = runCli(session.cli, ['lint', '--format', 'json', '--no-error-on-unmatched-pattern', ...inputs]);
    expect(lenient.code).toBe(0);
    const files = JSON.parse(lenient.stdout) as { filePath: string; messages: unknown[] }[];
    expect(files.map((file) => [file.filePath.endsWith('a.json'), file.messages.length])).toEqual([[true, 0]]);
  });

  test('reads standard input with -', () => {
    const result = runCli(session.cli, ['lint', '--format', 'parseable', '-'], { input: good.replace('Qcloud@TestApi123++', 'Sh0rt!') });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^<stdin>:6:5:password\/length:error:/m);
    expect(result.stdout).not.toContain('Sh0rt!');
  });

  test('reads UTF-16 after its byte order mark (Windows PowerShell 5.1 writes `>` so) and drops any mark, positions as an editor shows them', () => {
    const dir = join(session.work, 'encodings');
    mkdirSync(dir, { recursive: true });
    const little = Buffer.from(`\uFEFF${good.replace('ins-r8hr2upy', 'ins-1122')}`, 'utf16le');
    writeFileSync(join(dir, 'le.json'), little);
    writeFileSync(join(dir, 'be.json'), Buffer.from(little).swap16());
    writeFileSync(join(dir, 'le.yaml'), Buffer.from('\uFEFFInstanceId: ins-1122\nLoginSettings:\n  Password: Qcloud@TestApi123++\n', 'utf16le'));
    // A UTF-8 mark before a query line made its first name unknown ("\uFEFFAction").
    writeFileSync(join(dir, 'mark.url'), '\uFEFFAction=ResetInstance&Version=2017-03-12&InstanceId=ins-1122\n');
    const files = runCli(session.cli, ['lint', '--api', 'tencent.cvm.ResetInstance', '--format', 'parseable', dir]);
    expect(files.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/be\.json:4:3:identifier\/format:error:/),
      expect.stringMatching(/le\.json:4:3:identifier\/format:error:/),
      expect.stringMatching(/le\.yaml:1:1:identifier\/format:error:/),
      expect.stringMatching(/mark\.url:1:\d+:identifier\/format:error:/),
    ]);
    const stdin = runCli(session.cli, ['lint', '--api', 'tencent.cvm.ResetInstance', '--format', 'parseable', '-'], { input: little });
    expect(stdin.stdout).toMatch(/^<stdin>:4:3:identifier\/format:error:/m);
  });

  test('an unknown --api is a usage error (exit code 2)', () => {
    const result = runCli(session.cli, ['lint', '--api', 'tencent.cvm.Nope', 'examples/good']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Unknown API id "tencent.cvm.Nope"');
  });

  test('an invalid config is a config error (exit code 2) that names the place', () => {
    const dir = join(session.work, 'badconfig');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.instance-preflightrc.json'), '{\n  "ignores": [{ "files": "*.json", "rule": "password/length" }]\n}\n');
    writeFileSync(join(dir, 'a.json'), good);
    const result = runCli(session.cli, ['lint', '.'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.instance-preflightrc\.json:2:\d+: ignores\.0/);
    expect(result.stderr).toContain('reason');
  });

  test('a config found upward reports an ignore that matched nothing, at the ignore', () => {
    const dir = join(session.work, 'unused');
    mkdirSync(join(dir, 'payloads'), { recursive: true });
    const config = {
      api: 'tencent.cvm.ResetInstance',
      ignores: [
        { files: 'payloads/*.json', rule: 'password/*', pointer: '/LoginSettings/Password', reason: 'Test password, rotated on deploy.' },
        { files: 'payloads/*.json', rule: 'hostname/dot', reason: 'Stale: the hostname was fixed.' },
      ],
    };
    writeFileSync(join(dir, 'instance-preflight.config.json'), JSON.stringify(config, null, 2));
    writeFileSync(join(dir, 'payloads', 'a.json'), JSON.stringify({ InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'short' } }));
    const result = runCli(session.cli, ['lint', '--format', 'json', 'payloads'], { cwd: join(dir, 'payloads', '..') });
    expect(result.code).toBe(0);
    const files = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number; pointer: string; severity: string }[]; suppressed: unknown[] }[];
    expect(files[0]?.suppressed.length).toBeGreaterThan(0);
    expect(files[1]).toMatchObject({ filePath: 'instance-preflight.config.json', messages: [{ ruleId: 'lint/unused-ignore', severity: 'warning', line: 10, pointer: '/ignores/1' }] });
  });

  test('--max-warnings and --fail-severity decide the exit code', () => {
    const dir = join(session.work, 'warnings');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.json'), good.replace('"InstanceId"', '"HostName": "web.01",\n  "InstanceId"'));
    expect(runCli(session.cli, ['lint', dir]).code).toBe(0);
    expect(runCli(session.cli, ['lint', '--max-warnings', '1', dir]).code).toBe(0);
    expect(runCli(session.cli, ['lint', '--max-warnings', '0', dir]).code).toBe(1);
    expect(runCli(session.cli, ['lint', '--fail-severity', 'warning', dir]).code).toBe(1);
    expect(runCli(session.cli, ['lint', '--os', 'linux', '--fail-severity', 'info', dir]).code).toBe(0);
    const quiet = runCli(session.cli, ['lint', '--quiet', dir]);
    expect(quiet.stdout).not.toContain('hostname/dot');
  });

  test('a file over --max-file-size is refused with a finding', () => {
    const dir = join(session.work, 'large');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'big.json'), `{"UserData": "${'A'.repeat(4096)}"}`);
    writeFileSync(join(dir, 'a.json'), good);
    const result = runCli(session.cli, ['lint', '--format', 'parseable', '--max-file-size', '2KiB', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim()).toMatch(/^.*big\.json:1:1:lint\/file-too-large:error:Keep request files to 2048 bytes \(this one has 4112\)/);
  });

  test('writes several formats at once: each --output-file takes the --format before it', () => {
    const out = join(session.work, 'out');
    const result = runCli(session.cli, ['lint', ...CONFIG, '-f', 'pretty', '-f', 'sarif', '-o', join(out, 'r.sarif'), '-f', 'junit', '-o', join(out, 'r.xml'), 'examples/bad/tencent']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/files, \d+ errors/);
    expect(JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8'))).toHaveProperty('version', '2.1.0');
    expect(readFileSync(join(out, 'r.xml'), 'utf8')).toContain('<testsuites');
  });

  test('SARIF output validates against the official SARIF 2.1.0 schema, with and without a docs base URL', () => {
    // The official OASIS schema, committed with its source and licence (test/fixtures/README.md).
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validateSarif = ajv.compile(schema);
    for (const extra of [[], ['--docs-base-url', 'https://example.com/instance-preflight/blob/main/']]) {
      const result = runCli(session.cli, ['lint', ...CONFIG, '--format', 'sarif', ...extra, 'examples/']);
      const log = JSON.parse(result.stdout) as { runs: { tool: { driver: { rules: { helpUri?: string }[] } }; results: unknown[] }[] };
      expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
      expect(log.runs[0]?.results.length).toBeGreaterThan(20);
      if (extra.length > 0) expect(log.runs[0]?.tool.driver.rules[0]?.helpUri).toMatch(/^https:\/\/example\.com\/instance-preflight\/blob\/main\/docs\/rules\/.+\.md$/);
    }
  });

  test('survives 1,000 files of random bytes: one finding each, exit code 1', () => {
    const dir = join(session.work, 'random');
    mkdirSync(dir, { recursive: true });
    // A fixed linear congruential generator keeps the bytes (and so the test) the same on every run.
    let seed = 0x2545f491;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
    for (let index = 0; index < 1000; index++) {
      const bytes = Buffer.alloc(64 + (index % 200), 0).map(() => next());
      writeFileSync(join(dir, `f${String(index).padStart(4, '0')}.${index % 2 === 0 ? 'json' : 'yaml'}`), bytes);
    }
    const result = runCli(session.cli, ['lint', '--format', 'json', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const files = JSON.parse(result.stdout) as { messages: unknown[] }[];
    expect(files).toHaveLength(1000);
    expect(files.filter((file) => file.messages.length !== 1)).toEqual([]);
  });
});
