import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleCli } from '../../scripts/bundle-cli.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

let work: string;
let bin: string;

const run = (args: readonly string[], cwd = work): { code: number | null; stdout: string; stderr: string } => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(async () => {
  // A package directory without node_modules: the shipped bin must need none of its dependencies' files.
  work = mkdtempSync(join(tmpdir(), 'instance-preflight-bin-'));
  copyFileSync(join(ROOT, 'package.json'), join(work, 'package.json'));
  bin = await bundleCli(join(work, 'dist'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the shipped bin (scripts/bundle-cli.ts: dist/cli.js and its lazily loaded chunks)', () => {
  test('is the package bin, an executable with a shebang, and prints the version', () => {
    expect(manifest.bin['instance-preflight']).toBe('./dist/cli.js');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
    expect(run(['--help']).stdout).toContain('Usage: instance-preflight lint');
  });

  test('loads the readers, the config, the glob walk and every formatter on demand', () => {
    const payloads = join(work, 'payloads');
    mkdirSync(join(payloads, 'real'), { recursive: true });
    writeFileSync(join(payloads, 'a.json'), JSON.stringify({ InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'qcloudtest' } }, null, 2));
    writeFileSync(join(payloads, 'real', 'b.yaml'), 'InstanceId: ins-1\nLoginSettings:\n  KeepImageLogin: "TRUE"\n');
    writeFileSync(join(payloads, 'c.url'), 'https://cvm.tencentcloudapi.com/?Action=ResetInstance&Version=2017-03-12&InstanceId=ins-2&LoginSettings.KeepImageLogin=TRUE\n');
    // A link sends the walk through the glob library's chunk.
    symlinkSync(join(payloads, 'real'), join(payloads, 'linked'));
    const config = { api: 'tencent.cvm.ResetInstance', ignores: [{ files: 'payloads/*.json', rule: 'password/classes', reason: 'Rotated test password.' }] };
    writeFileSync(join(work, 'instance-preflight.config.json'), JSON.stringify(config));

    const json = run(['lint', '--format', 'json', 'payloads']);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(1);
    const files = JSON.parse(json.stdout) as { filePath: string; messages: { ruleId: string }[]; suppressed: { ruleId: string }[] }[];
    expect(files.map((file) => [file.filePath, file.messages.map((message) => message.ruleId), file.suppressed.map((message) => message.ruleId)])).toEqual([
      ['payloads/a.json', ['password/length'], ['password/classes']],
      ['payloads/c.url', ['identifier/format'], []],
      ['payloads/linked/b.yaml', ['identifier/format'], []],
      ['payloads/real/b.yaml', ['identifier/format'], []],
    ]);
    expect(json.stdout).not.toContain('qcloudtest');
    for (const format of ['pretty', 'sarif', 'github', 'junit', 'parseable']) {
      const result = run(['lint', '--format', format, 'payloads']);
      expect(result.stderr, format).toBe('');
      expect(result.code, format).toBe(1);
      expect(result.stdout, format).toContain('identifier/format');
      expect(result.stdout, format).not.toContain('qcloudtest');
    }
  });
});
