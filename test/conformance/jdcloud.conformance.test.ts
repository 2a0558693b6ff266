/**
 * JD Cloud VM rebuildInstance as the official clients send it: `jdcloud-sdk-js` live against a loopback
 * server, and the Go and Python SDKs and the `jdc` CLI from serializer-derived fixtures
 * (`fixtures/jdcloud/<client>/SOURCE.md`). Every request goes through `validate()` (the body, with the
 * path parameters merged where the body lacks them) and through `instance-preflight lint` as a JSON file.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Os } from '../../src/rules/finding.ts';
import { validate } from '../../src/index.ts';
import { asError, errorsOf, hasError, removeCli, type Expected } from './support/judge.ts';
import { expectLintVerdicts, type JudgedFile } from './support/expectLintVerdicts.ts';
import { loadFixtures } from './support/fixtures.ts';
import { startLoopback, type CapturedRequest, type Loopback } from './support/loopback.ts';

const require = createRequire(import.meta.url);
type VmClient = { rebuildInstance: (opts: Record<string, unknown>, regionId: string) => Promise<{ requestId: string }> };
const VM = require('jdcloud-sdk-js/src/repo/vm/v1/vm.js') as new (options: unknown) => VmClient;
const JDCloud = require('jdcloud-sdk-js/src/lib/core.js') as { config: { update: (options: unknown) => void } };

const API = 'jdcloud.vm.rebuildInstance';
const REGION = 'cn-north-1';
const INSTANCE = 'i-eumm1234d6';
const PASSWORD = 'Jd@Cloud2024';
const LINUX_SCRIPT = Buffer.from('#!/bin/bash\necho 123 > /tmp/ready\n').toString('base64');
const WINDOWS_SCRIPT = Buffer.from('<powershell>\nWrite-Output "ready"\n</powershell>\n').toString('base64');
const PATH = /^\/v1\/regions\/([^/]+)\/instances\/([^/]+)(?::|%3A)rebuildInstance$/;

/** The same table of requests the fixtures hold (`fixtures/derive.py`), as `jdcloud-sdk-js` options. */
const CASES: readonly { readonly name: string; readonly os?: Os; readonly opts: Record<string, unknown>; readonly expected?: Expected }[] = [
  { name: 'password', opts: { password: PASSWORD } },
  { name: 'key pair, image and hostname', os: 'linux', opts: { imageId: 'img-m5s0abcd29', keyNames: ['kp-web'], hostname: 'web-01.prod', passWordAuth: 'no' } },
  {
    name: 'metadata and userdata',
    os: 'linux',
    opts: { password: PASSWORD, metadata: [{ key: 'index', value: '1' }], userdata: [{ key: 'launch-script', value: LINUX_SCRIPT }], imageInherit: '' },
  },
  { name: 'windows', os: 'windows', opts: { password: PASSWORD, hostname: 'WIN-01', passWordAuth: 'yes', userdata: [{ key: 'launch-script', value: WINDOWS_SCRIPT }] } },
  {
    name: 'unset optionals as null',
    opts: { password: PASSWORD, imageId: null, keyNames: null, hostname: null, metadata: null, userdata: null, passWordAuth: null, imageInherit: null },
  },
  { name: 'short password', opts: { password: 'Jd@1' }, expected: { rule: 'password/length', path: ['password'] } },
  { name: 'metadata key only', opts: { password: PASSWORD, metadata: [{ key: 'index', value: null }] }, expected: { rule: 'parameter/required', path: ['metadata', 0, 'value'] } },
  { name: 'underscore in hostname', opts: { password: PASSWORD, hostname: 'web_01' }, expected: { rule: 'hostname/charset', path: ['hostname'] } },
  { name: 'windows without password auth', os: 'windows', opts: { password: PASSWORD, passWordAuth: 'no' }, expected: { rule: 'credentials/unsupported', path: ['passWordAuth'] } },
];

let server: Loopback;
let vm: VmClient;

beforeAll(async () => {
  // The SDK logs every request through its global logger (console.log by default).
  JDCloud.config.update({ logger: () => undefined });
  server = await startLoopback(() => ({ status: 200, body: { requestId: 'c2uj7n2gvq5u5p9y8mswu8fvg4gm5dqa', result: {} } }));
  vm = new VM({ credentials: { accessKeyId: 'JDC_EXAMPLE_AK', secretAccessKey: 'EXAMPLE_SK' }, regionId: REGION, endpoint: { host: server.host, protocol: 'http' } });
});

afterAll(async () => {
  await server.close();
  await removeCli();
});

/** The path parameters a captured or serialized path carries. */
function pathParameters(path: string): { regionId: string; instanceId: string } {
  const match = PATH.exec(path);
  expect(match, path).not.toBeNull();
  return { regionId: decodeURIComponent(match?.[1] ?? ''), instanceId: decodeURIComponent(match?.[2] ?? '') };
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Lint files gathered by the tests above the lint test, with what each must give. */
const files: JudgedFile[] = [];

describe('jdcloud-sdk-js rebuildInstance, captured on loopback (JDCLOUD2-HMAC-SHA256, POST JSON)', () => {
  it.each(CASES)('$name', async ({ name, os, opts, expected }) => {
    const before = server.captured.length;
    const response = await vm.rebuildInstance({ instanceId: INSTANCE, ...structuredClone(opts) }, REGION);
    expect(response.requestId).toBe('c2uj7n2gvq5u5p9y8mswu8fvg4gm5dqa');
    const captured = server.captured[before] as CapturedRequest;
    expect(captured.method).toBe('POST');
    expect(captured.query).toBe('');
    expect(captured.headers['content-type']).toBe('application/json');
    expect(captured.headers['authorization']).toMatch(/^JDCLOUD2-HMAC-SHA256 Credential=JDC_EXAMPLE_AK\/\d{8}\/cn-north-1\/vm\/jdcloud2_request, /);
    expect(captured.headers['x-jdcloud-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(captured.headers['x-jdcloud-nonce']).toMatch(/^[0-9a-f-]{36}$/);
    const body = JSON.parse(captured.body) as Record<string, unknown>;
    // The JS SDK leaves a top-level null or undefined out (not one inside an element) and keeps the path parameters in the path only.
    expect(Object.values(body)).not.toContain(null);
    expect(Object.keys(body)).not.toContain('regionId');
    expect(Object.keys(body)).not.toContain('instanceId');
    const payload = { ...pathParameters(captured.path), ...body };
    const errors = errorsOf(API, payload, os ? { os } : {});
    if (expected) expect(hasError(errors, expected), asError(expected)).toBe(true);
    else expect(errors).toEqual([]);
    files.push({ file: { name: `jdcloud-sdk-js--${slug(name)}.json`, api: API, ...(os ? { os } : {}), text: JSON.stringify(payload) }, expected });
  });
});

describe('JD clients that are not on npm: serializer-derived fixtures', () => {
  const fixtures = loadFixtures('jdcloud');

  it('cover the Go SDK, the Python SDK and the jdc CLI with the same table', () => {
    expect([...new Set(fixtures.map((fixture) => fixture.client))]).toEqual(['jdcloud-cli', 'jdcloud-sdk-go', 'jdcloud-sdk-python']);
    for (const client of ['jdcloud-cli', 'jdcloud-sdk-go', 'jdcloud-sdk-python']) {
      expect(fixtures.filter((fixture) => fixture.client === client).length).toBe(CASES.length - 1);
    }
  });

  it.each(fixtures)('$client $file', ({ client, file, text, api, os, path, expected }) => {
    const body = JSON.parse(text) as Record<string, unknown>;
    // These clients put the path parameters in the body too, the same values as in the path.
    expect(pathParameters(path ?? '')).toEqual({ regionId: body['regionId'], instanceId: body['instanceId'] });
    const errors = errorsOf(api, body, os ? { os } : {});
    if (expected) expect(hasError(errors, expected), asError(expected)).toBe(true);
    else expect(errors).toEqual([]);
    files.push({ file: { name: `${client}--${file}`, api, ...(os ? { os } : {}), text }, expected });
  });

  it('a password-only rebuild from each of them passes the 1.0.3 profile too: its null parameters are not given', () => {
    const passwordOnly = fixtures.filter((fixture) => fixture.file === 'password.json');
    expect(passwordOnly.length).toBe(3);
    for (const { client, text } of passwordOnly) {
      const report = validate('jdcloud.vm.rebuildInstance@1.0.3', JSON.parse(text));
      expect(report.issues, client).toEqual([]);
    }
  });
});

describe('instance-preflight lint', () => {
  it('gives the same verdicts on every capture and fixture saved as a JSON file', async () => {
    expect(files.length).toBeGreaterThan(CASES.length);
    await expectLintVerdicts(files);
  });
});
