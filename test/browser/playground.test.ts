import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground } from '../../docs/playground/build.ts';
import { en } from '../../src/errors/messages/en.ts';
import { zhCN } from '../../src/errors/messages/zhCN.ts';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../docs/playground/', import.meta.url));
const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };
const present = existsSync(CHROMIUM);

/** Serves the playground folder on 127.0.0.1 only, on a free port. */
async function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(join(ROOT, new URL(request.url ?? '/', 'http://127.0.0.1').pathname.replace(/\/$/, '/index.html')));
    if (!path.startsWith(ROOT)) return void response.writeHead(403).end();
    readFile(path).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

describe('playground in headless Chromium', () => {
  // Skipped only outside CI when Chromium is missing; in CI a missing Chromium fails with the install command.
  describe.runIf(present || process.env['CI'])('end to end (needs /usr/bin/chromium: apt-get update && apt-get install -y chromium)', () => {
    let server: Server | undefined;
    let url = '';
    let profile = '';

    beforeAll(async () => {
      if (!present) throw new Error(`${CHROMIUM} is missing: install it with \`apt-get update && apt-get install -y chromium\`.`);
      await buildPlayground();
      ({ server, url } = await serve());
      profile = await mkdtemp(join(tmpdir(), 'instance-preflight-chromium-'));
    }, 60_000);

    afterAll(async () => {
      await new Promise((resolve) => server?.close(resolve));
      if (profile) await rm(profile, { recursive: true, force: true });
    });

    it('shows the hostname message, in Chinese on switch, and clears it once fixed', async () => {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      try {
        const page = await context.newPage();
        await page.goto(url);
        await page.selectOption('#api', 'tencent.cvm.ResetInstance');
        await page.selectOption('#os', 'windows');
        const message = page.locator('p.message[data-for="HostName"]');
        await page.fill('input[name="HostName"]', 'web.01');
        await expect.poll(() => message.textContent()).toBe(en.rules['hostname/dot']({}));
        await page.selectOption('#lang', 'zh-CN');
        await expect.poll(() => message.textContent()).toBe(zhCN.rules['hostname/dot']({}));
        expect(await page.textContent('#report')).toContain('"rule": "hostname/dot"');
        await page.fill('input[name="HostName"]', 'web-01');
        await expect.poll(() => message.textContent()).toBe('');
        expect(await page.textContent('#report')).not.toContain('hostname/');
      } finally {
        await context.close();
      }
    }, 60_000);
  });
});
