import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground } from '../../docs/playground/build.ts';
import { EN_PLUS_HINT, en } from '../../src/errors/messages/en.ts';
import { zhCN } from '../../src/errors/messages/zhCN.ts';
import { validate } from '../../src/validate.ts';
import { VENDOR_TEXTS } from '../../docs/playground/vendorTexts.ts';
import { playgroundSourceHash, SCREENSHOTS, SOURCE_HASH_FILE } from './playgroundSource.ts';

const CHROMIUM = '/usr/bin/chromium';
const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.md': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};
const present = existsSync(CHROMIUM);

/** Serves `docs/` on 127.0.0.1 only, on a free port: the playground at /playground/, rule pages at /rules/. */
async function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(join(DOCS, decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).replace(/\/$/, '/index.html')));
    if (!path.startsWith(DOCS)) return void response.writeHead(403).end();
    readFile(path).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** Polls longer than vitest's 1 s default: on a loaded CI machine a redraw can take a moment. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

/** The messages under one field, as the page shows them. */
const slot = (page: Page, path: string) => page.locator(`p.msg[data-path="${path}"]`);

/** Runs axe-core in the page (evaluated, so the page's Content-Security-Policy does not block it) and lists the violated rules. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run(document)).violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}

describe('playground screenshots', () => {
  it('are not older than the playground source (re-run this test and commit docs/playground/screenshots/)', async () => {
    const stored = existsSync(SOURCE_HASH_FILE) ? (await readFile(SOURCE_HASH_FILE, 'utf8')).trim() : 'missing';
    expect(stored, 'the screenshots were taken from other playground source').toBe(await playgroundSourceHash());
  });
});

describe('playground zh-CN hints', () => {
  it('translate every parameter description of every API, and nothing else', async () => {
    const { apis } = await import('../../src/apis.ts');
    for (const api of apis) {
      for (const [key, about] of Object.entries(api.about.fields)) {
        expect(VENDOR_TEXTS[api.vendor].hintsZhCN[key], `${api.id} ${key}`).toEqual({ en: about.description, zh: expect.stringMatching(/\p{Script=Han}/u) });
      }
    }
    for (const [vendor, { hintsZhCN: hints }] of Object.entries(VENDOR_TEXTS)) {
      const keys = new Set(apis.filter((api) => api.vendor === vendor).flatMap((api) => Object.keys(api.about.fields)));
      expect(Object.keys(hints).filter((key) => !keys.has(key)), vendor).toEqual([]);
    }
  });
});

describe('playground in headless Chromium', () => {
  // Skipped only outside CI when Chromium is missing; in CI a missing Chromium fails with the install command.
  describe.runIf(present || process.env['CI'])('end to end (needs /usr/bin/chromium: apt-get update && apt-get install -y chromium)', () => {
    let server: Server | undefined;
    let url = '';
    let profile = '';
    let context: BrowserContext | undefined;
    const requests: string[] = [];

    beforeAll(async () => {
      if (!present) throw new Error(`${CHROMIUM} is missing: install it with \`apt-get update && apt-get install -y chromium\`.`);
      const built = await buildPlayground();
      console.log(`playground bundle: ${(built.bytes / 1024).toFixed(1)} KB, ${(built.gzipBytes / 1024).toFixed(1)} KB gzip`);
      ({ server, url } = await serve());
      url += 'playground/';
      profile = await mkdtemp(join(tmpdir(), 'instance-preflight-chromium-'));
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1280, height: 900 },
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      context.on('request', (request) => requests.push(request.url()));
    }, 60_000);

    afterAll(async () => {
      await context?.close();
      await new Promise((resolve) => server?.close(resolve));
      if (profile) await rm(profile, { recursive: true, force: true });
    });

    async function open(fragment = ''): Promise<Page> {
      const page = await (context as BrowserContext).newPage();
      await page.goto(`${url}${fragment}`);
      await page.waitForSelector('#fields .field');
      return page;
    }

    it('marks nothing before a field is touched, and loads nothing from anywhere but its own origin', async () => {
      const page = await open();
      expect(await page.locator('p.msg:not(:empty)').count()).toBe(0);
      expect(await page.textContent('#summary')).toBe('Fill in a field or paste a request: the findings appear here and under each field.');
      expect(await page.locator('select[name="Action"] option').allTextContents()).toEqual(['— not sent —', 'ResetInstance']);
      expect(await page.locator('input[name="SystemDisk.DiskSize"]').getAttribute('type')).toBe('number');
      expect(await page.locator('select[name="SystemDisk.Encrypt"] option').allTextContents()).toEqual(['— not sent —', 'true', 'false']);
      expect(await page.locator('details#f_SystemDisk').getAttribute('open')).toBeNull();
      expect(await page.locator('input[name="LoginSettings.Password"]').getAttribute('type')).toBe('password');
      await page.close();
      const origin = new URL(url).origin;
      expect(requests.filter((request) => !request.startsWith(origin))).toEqual([]);
    });

    it('shows a pasted JD JSON body’s issues under their fields and in the summary', async () => {
      const page = await open();
      await page.selectOption('#vendor', 'jdcloud');
      const body = { regionId: 'cn-north-1', instanceId: 'vm-5wkqe3s9x4', password: 'admin123abc', hostname: 'web.host.01' };
      await page.fill('#editor', JSON.stringify(body, null, 2));
      const expected = validate('jdcloud.vm.rebuildInstance', body);
      expect(expected.ok).toBe(false);
      const instanceIssue = expected.issues.find((issue) => issue.path[0] === 'instanceId');
      await poll(() => slot(page, 'instanceId').textContent()).toBe(instanceIssue?.message);
      expect(await page.inputValue('input[name="hostname"]')).toBe('web.host.01');
      expect(await page.textContent('.verdict-word')).toBe('Rejected');
      const errors = expected.issues.filter((issue) => issue.severity === 'error').length;
      expect(await page.textContent('.count.error')).toBe(`${errors} ${errors === 1 ? 'error' : 'errors'}`);
      const rules = await page.locator('#summary a.rule').allTextContents();
      expect(rules).toEqual(expected.issues.map((issue) => issue.rule));
      expect(await page.locator('#summary .vendor code').first().textContent()).toBe(expected.issues.find((issue) => issue.vendor)?.vendor?.code);
      await page.close();
    });

    it('detects a pasted Tencent URL and hints at its unescaped "+"', async () => {
      const page = await open();
      await page.selectOption('#vendor', 'zenlayer');
      const line = 'https://cvm.tencentcloudapi.com/?Action=ResetInstance&Version=2017-03-12&InstanceId=ins-r8hr2upy&LoginSettings.Password=Qcloud@TestApi123++';
      await page.fill('#editor', line);
      await poll(() => page.inputValue('#api')).toBe('tencent.cvm.ResetInstance');
      expect(await page.inputValue('#format')).toBe('query');
      await poll(() => slot(page, 'LoginSettings.Password').textContent()).toContain(EN_PLUS_HINT);
      expect(await page.inputValue('input[name="InstanceId"]')).toBe('ins-r8hr2upy');
      const expected = validate('tencent.cvm.ResetInstance', line, { encoding: 'query' });
      expect(await page.locator('#summary .issue-message').allTextContents()).toEqual(expected.issues.map((issue) => issue.message));
      await page.close();
    });

    it('shows the Windows hostname message through the form, in Chinese with Chinese labels on switch (axe-clean), and clears it once fixed', async () => {
      const page = await open();
      await page.selectOption('#os', 'windows');
      await page.fill('input[name="HostName"]', 'web.01');
      await poll(() => slot(page, 'HostName').textContent()).toBe(en.rules['hostname/dot']({}));
      expect(await slot(page, 'InstanceId').textContent()).toBe('');
      expect(await page.getAttribute('input[name="HostName"]', 'aria-invalid')).toBe('true');
      await page.selectOption('#lang', 'zh-CN');
      await poll(() => slot(page, 'HostName').textContent()).toBe(zhCN.rules['hostname/dot']({}));
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(await page.textContent('#form-heading')).toBe('参数');
      expect(await page.textContent('#f_HostName_hint')).toBe(VENDOR_TEXTS.tencent.hintsZhCN['HostName']?.zh);
      expect(await page.textContent('label[for="f_InstanceId"] .req')).toBe('必填');
      expect(await page.textContent('.verdict-word')).toBe('会被拒绝');
      expect(await page.locator('#summary a.rule').allTextContents()).toContain('hostname/dot');
      expect(await axeViolations(page)).toEqual([]);
      await page.fill('input[name="HostName"]', 'web-01');
      await poll(() => slot(page, 'HostName').textContent()).toBe('');
      expect(await page.locator('#summary a.rule').allTextContents()).not.toContain('hostname/dot');
      await page.close();
    });

    it('reports two metadata keys that differ only in case as duplicates', async () => {
      const page = await open();
      await page.selectOption('#vendor', 'jdcloud');
      await page.click('#f_metadata_add');
      await page.click('#f_metadata_add');
      await page.fill('#f_metadata__0__key', 'Team');
      await page.fill('#f_metadata__0__value', 'platform');
      await page.fill('#f_metadata__1__key', 'team');
      await page.fill('#f_metadata__1__value', 'web');
      await poll(() => slot(page, 'metadata.1.key').textContent()).toBe(en.rules['metadata/duplicate-key']({}));
      expect(JSON.parse(await page.inputValue('#editor'))).toEqual({ metadata: [{ key: 'Team', value: 'platform' }, { key: 'team', value: 'web' }] });
      await page.click('button[aria-label="Remove row metadata[1]"]');
      await poll(() => page.locator('#summary a.rule').allTextContents()).not.toContain('metadata/duplicate-key');
      await page.close();
    });

    it('encodes a script (typed or read from a file) as user data, makes a hostname and generates a valid password with the helpers', async () => {
      const page = await open();
      await page.selectOption('#os', 'linux');
      await page.click('#f_LoginSettings__Password ~ .tools button >> nth=0');
      const password = await page.inputValue('input[name="LoginSettings.Password"]');
      expect(validate('tencent.cvm.ResetInstance', { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: password } }, { os: 'linux' }).ok).toBe(true);
      await page.click('details.helper:has(#f_UserData_script) > summary');
      await page.setInputFiles('#f_UserData_file', { name: 'setup.sh', mimeType: 'text/x-sh', buffer: Buffer.from('echo from a file') });
      await poll(() => page.inputValue('#f_UserData_script')).toBe('echo from a file');
      await page.fill('#f_UserData_script', 'echo hi');
      await page.selectOption('#f_UserData_frame', 'bash');
      await page.click('details.helper:has(#f_UserData_script) button');
      expect(await page.inputValue('input[name="UserData"]')).toBe(Buffer.from('#!/bin/bash\necho hi').toString('base64'));
      await page.fill('input[name="InstanceId"]', 'ins-r8hr2upy');
      await page.click('details.helper:has(#f_HostName_from) > summary');
      await page.fill('#f_HostName_from', 'Web Server #1');
      await page.click('details.helper:has(#f_HostName_from) button');
      expect(await page.inputValue('input[name="HostName"]')).toBe('web-server-1');
      await poll(() => page.textContent('.verdict-word')).toBe('Accepted');
      await page.close();
    });

    it('rewrites the request text in the syntax chosen, removes what the API does not take, and never shows a misplaced password', async () => {
      const page = await open();
      await page.fill('input[name="InstanceId"]', 'ins-r8hr2upy');
      await page.fill('input[name="LoginSettings.Password"]', 'a+b');
      await page.selectOption('#format', 'query');
      expect(await page.inputValue('#editor')).toBe('https://cvm.tencentcloudapi.com/?InstanceId=ins-r8hr2upy&LoginSettings.Password=a%2Bb\n');
      await page.selectOption('#format', 'yaml');
      expect(await page.inputValue('#editor')).toBe('InstanceId: ins-r8hr2upy\nLoginSettings:\n  Password: a+b\n');
      await page.click('button.example.bad >> text=unknown-parameters.yaml');
      await poll(() => page.locator('#summary a.rule').allTextContents()).toContain('parameter/unknown');
      expect(await page.textContent('#f_EnhancedService__MonitorService__Enabled')).toBe('"yes"');
      await page.click('button[aria-label="Remove Hostname"]');
      await page.click('.mismatch:has(#f_EnhancedService__MonitorService__Enabled) button');
      await poll(() => page.locator('#summary a.rule').allTextContents()).toEqual(['system-disk/size']);
      expect(await page.inputValue('#editor')).toBe('InstanceId: ins-r8hr2upy\nSystemDisk:\n  DiskSize: 0\n');
      await page.fill('#editor', '{ "Password": "Misplaced#2024", "LoginSettings": { "Password": 12345678 } }');
      await poll(() => page.textContent('#f_LoginSettings__Password')).toBe('••••••');
      expect(await page.textContent('#form-panel')).not.toMatch(/Misplaced#2024|12345678/);
      expect(decodeURIComponent(await page.evaluate(() => location.href))).not.toMatch(/Misplaced#2024|12345678/);
      await page.close();
    });

    it('loads a bad example in one click, works offline, passes axe, and follows a rule link to its page', async () => {
      const page = await open();
      await context?.setOffline(true);
      await page.click('button.example.bad >> text=two-login-methods.json');
      await poll(() => page.textContent('.verdict-word')).toBe('Rejected');
      expect(await page.inputValue('input[name="InstanceId"]')).toBe('ins-r8hr2upy');
      await context?.setOffline(false);
      expect(await axeViolations(page)).toEqual([]);
      const link = page.locator('#summary a.rule', { hasText: 'credentials/conflict' }).first();
      await link.click();
      await page.waitForURL(/\/rules\/credentials\/conflict\.md$/);
      expect(await page.textContent('body')).toContain('credentials/conflict');
      await page.close();
    });

    it('writes the screenshots at 1280 px and 390 px, and passes axe on a phone', async () => {
      const page = await open();
      await page.click('button.example.bad >> text=malformed-ids.json');
      await poll(() => page.textContent('.verdict-word')).toBe('Rejected');
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'playground-1280.png') });
      await page.setViewportSize({ width: 390, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      await page.screenshot({ path: join(SCREENSHOTS, 'playground-390.png') });
      expect(await axeViolations(page)).toEqual([]);
      await writeFile(SOURCE_HASH_FILE, `${await playgroundSourceHash()}\n`);
      await page.close();
    });

    it('reloads a shared URL fragment to the same state, without the password', async () => {
      const page = await open();
      await page.selectOption('#os', 'windows');
      await page.fill('input[name="InstanceId"]', 'ins-r8hr2upy');
      await page.fill('input[name="HostName"]', 'web.01');
      await page.fill('input[name="LoginSettings.Password"]', 'Secret#Pass2024x');
      await page.click('button[aria-controls="f_LoginSettings__KeyIds"], #f_LoginSettings__KeyIds_add');
      await page.fill('#f_LoginSettings__KeyIds__0', 'skey-3glfot13');
      const shared = await page.evaluate(() => location.href);
      expect(decodeURIComponent(shared)).not.toContain('Secret#Pass2024x');
      expect(await page.inputValue('#share-link')).toBe(shared);
      expect(await page.textContent('#share-note')).toContain('never the password');
      const again = await open(new URL(shared).hash);
      expect(await again.inputValue('#os')).toBe('windows');
      expect(await again.inputValue('input[name="InstanceId"]')).toBe('ins-r8hr2upy');
      expect(await again.inputValue('input[name="HostName"]')).toBe('web.01');
      expect(await again.inputValue('#f_LoginSettings__KeyIds__0')).toBe('skey-3glfot13');
      expect(await again.inputValue('input[name="LoginSettings.Password"]')).toBe('');
      await poll(() => slot(again, 'HostName').textContent()).toBe(en.rules['hostname/dot']({}));
      await again.evaluate(() => (location.hash = '#api=jdcloud.vm.rebuildInstance&lang=en&format=json&request=%7B%22hostname%22%3A%22web-01%22%7D'));
      await poll(() => again.inputValue('#api')).toBe('jdcloud.vm.rebuildInstance');
      expect(await again.inputValue('input[name="hostname"]')).toBe('web-01');
      expect(await again.inputValue('#os')).toBe('');
      await again.close();
      await page.close();
    });

    it('sent no request anywhere but its own origin in all of the above', () => {
      const origin = new URL(url).origin;
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((request) => !request.startsWith(origin))).toEqual([]);
    });
  });
});
