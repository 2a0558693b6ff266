import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, test } from 'vitest';
import { installedCli } from '../cli/support/installedCli.ts';
import { cliSession } from '../cli/support/cliSession.ts';
import { writeProject } from '../cli/support/writeProject.ts';

/**
 * The fictional API (./acmeApi.ts) through `instance-preflight lint`, named by a config's `apis`: the
 * module is bundled as a third party ships it (plain JavaScript that imports instance-preflight/define, here
 * bundled from its source), and the built CLI, installed with its rule pages, lints its payloads in every
 * format. A module that cannot be used is a config error that never quotes the module.
 */
const session = cliSession(installedCli, 'acme-lint');

const SECRET = 'Acme-Secret-Pass-7';

const GOOD = { $api: 'acme.vm.Rebuild', ServerId: 'srv-1a2b3c4d', AdminPass: 'Acme-Rebuild-42', Tags: ['web'] };
const BAD = `{\n  "$api": "acme.vm.Rebuild",\n  "ServerId": "vm-1",\n  "AdminPass": "short",\n  "Tags": ["a", "b", "c", "d"]\n}\n`;

/** Creates a project directory in the session's scratch directory. */
const project = (name: string, files: Readonly<Record<string, string | object>>): string => writeProject(session.work, name, files);

let acmeModule = '';

beforeAll(async () => {
  const bundled = await build({ entryPoints: [fileURLToPath(new URL('./acmeApi.ts', import.meta.url))], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  acmeModule = bundled.outputFiles[0]?.text ?? '';
});

/** A project whose config names the Acme module, with request files. */
const acmeProject = (name: string, requests: Readonly<Record<string, string | object>>, config: object = {}): string =>
  project(name, { 'lib/acme-api.mjs': acmeModule, 'instance-preflight.config.json': { apis: ['./lib/acme-api.mjs'], files: 'requests/**', os: 'linux', ...config }, ...requests });

interface JsonResult {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string; readonly line: number; readonly column: number; readonly pointer: string; readonly vendorCode: string | null }[];
}

describe('a fictional API linted through the config', () => {
  test('checks its payloads with its rules, positions and vendor codes, and never prints the password', () => {
    const dir = acmeProject('json', { 'requests/good.json': GOOD, 'requests/bad.json': BAD });
    const result = session.cli.run(['lint', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const files = JSON.parse(result.stdout) as JsonResult[];
    expect(files.map((file) => file.filePath)).toEqual(['requests/bad.json', 'requests/good.json']);
    expect(files[0]?.messages.map(({ ruleId, line, column, pointer, vendorCode }) => `${ruleId} ${line}:${column} ${pointer} ${vendorCode}`)).toEqual([
      'identifier/format 3:3 /ServerId InvalidParameter',
      'password/length 4:3 /AdminPass InvalidAdminPass',
      'password/classes 4:3 /AdminPass InvalidAdminPass',
      'parameter/count 5:3 /Tags InvalidParameter',
    ]);
    expect(files[1]?.messages).toEqual([]);
    expect(result.stdout).not.toContain('short');
  });

  test('names the API by --api, by the config and its overrides, and reads its request lines, dropping transport parameters', () => {
    const dir = acmeProject(
      'named',
      {
        'requests/plain.json': { ServerId: 'srv-1a2b3c4d' },
        'requests/lines.url': 'ServerId=srv-1a2b3c4d&Signature=abc&AccessKey=k\nServerId=vm-1\n',
        'other/plain.json': { ServerId: 'vm-1' },
      },
      { overrides: [{ files: 'requests/**', api: 'acme.vm.Rebuild' }] },
    );
    const configured = JSON.parse(session.cli.run(['lint', '--format', 'json'], { cwd: dir }).stdout) as JsonResult[];
    expect(configured.map((file) => [file.filePath, file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)])).toEqual([
      ['requests/lines.url', ['2:1 identifier/format']],
      ['requests/plain.json', []],
    ]);
    const flagged = session.cli.run(['lint', '--api', 'acme.vm.Rebuild', '--format', 'json', 'other'], { cwd: dir });
    expect(flagged.code).toBe(1);
    expect((JSON.parse(flagged.stdout) as JsonResult[])[0]?.messages.map((message) => message.ruleId)).toEqual(['identifier/format']);
  });

  test('suggests its id for a mistyped $api and lists it among the known ids', () => {
    const dir = acmeProject('typo', { 'requests/typo.json': { ...GOOD, $api: 'acme.vm.Rebuil' } });
    const result = session.cli.run(['lint', '--format', 'parseable'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('lint/api-unknown:error:The "$api" value is not a known API id (did you mean "acme.vm.Rebuild"?)');
    expect(result.stdout).toMatch(/tencent\.cvm\.ResetInstance.*acme\.vm\.Rebuild\./);
  });

  test('SARIF carries the rule metadata and page of every rule its findings report', () => {
    const dir = acmeProject('sarif', { 'requests/bad.json': BAD });
    const result = session.cli.run(['lint', '--format', 'sarif'], { cwd: dir });
    expect(result.code).toBe(1);
    const [run] = (JSON.parse(result.stdout) as Log).runs;
    const rules = run?.tool.driver.rules ?? [];
    const reported = (run?.results ?? []).map((found) => ({ found, rule: rules[found.ruleIndex ?? -1] }));
    expect(reported.map(({ found }) => found.ruleId)).toEqual(['identifier/format', 'password/length', 'password/classes', 'parameter/count']);
    for (const { found, rule } of reported) {
      expect(rule?.id).toBe(found.ruleId);
      expect(rule?.shortDescription?.text.length).toBeGreaterThan(10);
      expect(rule?.help?.markdown).toMatch(new RegExp(`^# ${found.ruleId}\\n`));
    }
    expect(reported[1]?.found.properties).toMatchObject({ pointer: '/AdminPass', vendorCode: 'InvalidAdminPass' });
  });

  test('every other format reports its findings', () => {
    const dir = acmeProject('formats', { 'requests/bad.json': BAD.replace('"short"', JSON.stringify(`${SECRET} `)) });
    for (const format of ['pretty', 'parseable', 'github', 'junit']) {
      const result = session.cli.run(['lint', '--format', format], { cwd: dir });
      expect(result.code, format).toBe(1);
      expect(result.stdout, format).toContain('identifier/format');
      expect(result.stdout, format).toContain('password/');
      expect(result.stdout, format).not.toContain(SECRET);
    }
  });
});

describe('an API module that cannot be used is a config error', () => {
  const errorOf = (name: string, files: Readonly<Record<string, string | object>>, apis: unknown): { readonly code: number | null; readonly stderr: string } => {
    const dir = project(name, { 'instance-preflight.config.json': { apis, files: '*.json' }, 'a.json': GOOD, ...files });
    const { code, stderr, stdout } = session.cli.run(['lint'], { cwd: dir });
    expect(stdout).toBe('');
    return { code, stderr };
  };

  test('a missing module, one that throws, one that exports no record, and a malformed record', () => {
    const cases = [
      { name: 'missing', files: {}, line: 'apis.0: cannot load the module "./missing.mjs" (ERR_MODULE_NOT_FOUND).' },
      { name: 'throws', files: { 'throws.mjs': `throw new Error(${JSON.stringify(SECRET)});` }, line: 'apis.0: cannot load the module "./throws.mjs" (Error).' },
      { name: 'syntax', files: { 'syntax.mjs': `export const = ${JSON.stringify(SECRET)};` }, line: 'apis.0: cannot load the module "./syntax.mjs" (SyntaxError).' },
      { name: 'empty', files: { 'empty.mjs': `export const password = ${JSON.stringify(SECRET)};` }, line: 'apis.0: the module "./empty.mjs" exports no API record' },
      {
        name: 'malformed',
        files: { 'malformed.mjs': `export const API = { id: 'acme.vm.Soap', payload: { fields: {}, unknownSeverity: 'error', checks: [] }, secret: ${JSON.stringify(SECRET)} };` },
        line: 'apis.0: the export API of "./malformed.mjs" is not a valid API record: vendor: This key is missing.',
      },
    ];
    for (const { name, files, line } of cases) {
      const { code, stderr } = errorOf(name, files, [`./${name}.mjs`]);
      expect(code, name).toBe(2);
      // At the module's entry of "apis" (line 3 of the config as written: { "apis": [ "./x.mjs" ] }).
      expect(stderr, name).toContain(`instance-preflight.config.json:3:5: ${line}`);
      expect(stderr, name).not.toContain(SECRET);
    }
  });

  test('an id the package defines already, or another module does, and an apis value that is no list of paths', () => {
    const copy = acmeModule.replace(/id: (["'])acme\.vm\.Rebuild\1/, 'id: "tencent.cvm.ResetInstance"');
    expect(copy).not.toBe(acmeModule);
    expect(errorOf('taken', { 'copy.mjs': copy }, ['./copy.mjs']).stderr).toContain('defines the API id "tencent.cvm.ResetInstance", which the package defines already');
    expect(errorOf('twice', { 'a.mjs': acmeModule, 'b.mjs': acmeModule }, ['./a.mjs', './b.mjs']).stderr).toContain('defines the API id "acme.vm.Rebuild", which apis.0 defines already');
    const notList = errorOf('not-a-list', {}, './acme-api.mjs');
    expect(notList).toEqual({ code: 2, stderr: expect.stringContaining('apis: Use a list of module paths, relative to the config file') });
  });
});
