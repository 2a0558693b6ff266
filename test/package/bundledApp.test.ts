import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { PAYLOADS } from '../../bench/payloads/index.ts';
import { PACKAGE_ROOT as root } from './support/runProbed.ts';

/**
 * An app that uses the package the ways that load the Node build's deferred chunks (messages in both languages,
 * about texts and error codes, the query decoder, the facts' check, the helpers) and a form schema, and prints
 * what it got; the cases come from a file named on its command line.
 */
const APP = `import { readFileSync } from 'node:fs';
import { generatePassword, validate } from 'instance-preflight';
import { resetInstance, zhCN } from 'instance-preflight/tencent';
const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const reports = cases.map(({ id, payload, os }) =>
  [os, undefined].flatMap((osGiven) => ['en', 'zh-CN'].map((lang) => validate(id, payload, { os: osGiven, lang }))));
const query = validate('tencent.cvm.ResetInstance@api2', 'Action=ResetInstance&InstanceId=ins-1&LoginSettings.Password=a+b', { encoding: 'query', os: 'linux' });
const facts = validate('jdcloud.vm.rebuildInstance', { regionId: 'cn-north-1', instanceId: 'i-abcdefgh12' }, {
  facts: { instance: { state: 'running', systemDisk: { category: 'cloud', sizeGB: 40 } }, image: { sizeGB: 50 } },
});
const password = generatePassword({ api: 'tencent.cvm.ResetInstance', os: 'linux' });
const form = resetInstance({ os: 'windows', messages: [zhCN] })['~standard'].validate({ InstanceId: 'ins-r8hr2upy', HostName: 'web.01' });
process.stdout.write(JSON.stringify({
  reports, query, facts,
  password: validate('tencent.cvm.ResetInstance', { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: password } }, { os: 'linux' }).ok,
  form: form.issues.map((issue) => issue.message),
}));
`;

const work = mkdtempSync(join(tmpdir(), 'instance-preflight-bundled-'));
/** Where the app is written, with the package linked into its node_modules as an install would put it. */
const source = join(work, 'app');
const casesFile = join(work, 'cases.json');

/** Bundles the app for Node with these esbuild conditions (`undefined`: esbuild's defaults) into a folder of its own, with no node_modules near. */
async function bundle(folder: string, conditions?: string[]): Promise<string> {
  const outfile = join(work, folder, 'app.mjs');
  await build({
    entryPoints: [join(source, 'app.mjs')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
    ...(conditions === undefined ? {} : { conditions }),
  });
  return outfile;
}

const runApp = (file: string): unknown => JSON.parse(execFileSync(process.execPath, [file, casesFile], { cwd: join(file, '..'), encoding: 'utf8' }));

beforeAll(() => {
  expect(existsSync(join(root, 'dist', 'node', 'index.js')), 'dist/ is missing: run `npm run build`').toBe(true);
  mkdirSync(join(source, 'node_modules'), { recursive: true });
  symlinkSync(root, join(source, 'node_modules', 'instance-preflight'), 'junction');
  writeFileSync(join(source, 'package.json'), JSON.stringify({ name: 'bundled-app', private: true, type: 'module' }));
  writeFileSync(join(source, 'app.mjs'), APP);
  const cases = Object.entries(PAYLOADS).map(([id, payloads]) => ({ id, os: payloads.os, payload: payloads.invalid }));
  writeFileSync(casesFile, JSON.stringify(cases));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an app that bundles the package for Node (esbuild, platform node)', () => {
  it('finds every entry’s `module` build, the `default` one, ahead of the `node` build (the first condition that matches wins)', () => {
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') continue;
      expect(Object.keys(target), subpath).toEqual(['types', 'module', 'node', 'default']);
      expect(target.module, subpath).toBe(target.default);
    }
  });

  it('gets the `module` build, which runs from the bundle alone and reports what the Node build reports', async () => {
    const bundled = runApp(await bundle('default-conditions'));
    // The same app unbundled: Node resolves the package's `node` build, its chunks beside it.
    const unbundled = runApp(join(source, 'app.mjs'));
    expect(bundled).toEqual(unbundled);
    const { reports, query, facts, password, form } = bundled as Record<string, unknown> & { reports: { issues: unknown[] }[][] };
    expect(reports.flat().every((report) => report.issues.length > 0)).toBe(true);
    expect(query).toMatchObject({ ok: false });
    expect(facts).toMatchObject({ issues: [{ rule: 'preflight/instance-state' }, { rule: 'preflight/disk-size' }] });
    expect(password).toBe(true);
    expect(form).toEqual(['请删除点号：Windows 主机名不能包含“.”。']);
  });

  it('says what to change when conditions without `module` made it take the Node build, whose chunks load at run time', async () => {
    const file = await bundle('custom-conditions', ['production']);
    const { status, stderr } = spawnSync(process.execPath, [file, casesFile], { cwd: join(file, '..'), encoding: 'utf8' });
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/is not beside this code, so an app bundler took the package's `node` build.*add `module` to yours/);
  });
});
