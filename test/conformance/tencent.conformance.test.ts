/**
 * Tencent Cloud CVM ResetInstance as the official Node.js SDK sends it: `tencentcloud-sdk-nodejs-cvm`
 * (with `tencentcloud-sdk-nodejs-common`) pointed at a loopback server, every signing method and HTTP
 * method it offers. Each captured request goes through `validate()` in the encoding it arrived in and
 * through `instance-preflight lint` as a file.
 */
import { Agent } from 'node:http';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asError, errorsOf, hasError, removeCli, type Expected, type LintFile } from './support/judge.ts';
import { expectLintVerdicts, type JudgedFile } from './support/expectLintVerdicts.ts';
import { loadFixtures } from './support/fixtures.ts';
import { startLoopback, type CapturedRequest, type Loopback } from './support/loopback.ts';

const require = createRequire(import.meta.url);
const tencentcloud = require('tencentcloud-sdk-nodejs-cvm') as {
  cvm: { v20170312: { Client: new (config: unknown) => { ResetInstance: (request: unknown) => Promise<{ RequestId: string }> } } };
};
const SDK_VERSION = (require('tencentcloud-sdk-nodejs-common/package.json') as { version: string }).version;

const API = 'tencent.cvm.ResetInstance';
const PASSWORD = 'Qcloud@TestApi123++';
const USERDATA = Buffer.from('#!/bin/bash\necho hello\n').toString('base64');

/** One way the SDK can sign and send a request. */
interface Mode {
  readonly name: string;
  readonly signMethod: 'TC3-HMAC-SHA256' | 'HmacSHA1' | 'HmacSHA256';
  readonly reqMethod: 'POST' | 'GET';
  /** A temporary credential's token and a response language, sent as `Token`/`Language` (or `X-TC-Token`/`X-TC-Language`). */
  readonly session?: boolean;
}

const MODES: readonly Mode[] = [
  { name: 'TC3-HMAC-SHA256 POST JSON', signMethod: 'TC3-HMAC-SHA256', reqMethod: 'POST' },
  { name: 'TC3-HMAC-SHA256 POST JSON, token and language', signMethod: 'TC3-HMAC-SHA256', reqMethod: 'POST', session: true },
  { name: 'TC3-HMAC-SHA256 GET', signMethod: 'TC3-HMAC-SHA256', reqMethod: 'GET' },
  { name: 'HmacSHA1 GET', signMethod: 'HmacSHA1', reqMethod: 'GET' },
  { name: 'HmacSHA1 POST form', signMethod: 'HmacSHA1', reqMethod: 'POST' },
  { name: 'HmacSHA256 GET', signMethod: 'HmacSHA256', reqMethod: 'GET' },
  { name: 'HmacSHA256 POST form', signMethod: 'HmacSHA256', reqMethod: 'POST' },
  { name: 'HmacSHA256 POST form, token and language', signMethod: 'HmacSHA256', reqMethod: 'POST', session: true },
];

/** Requests the vendor documents as valid: each must pass every mode. */
const VALID: readonly { readonly name: string; readonly request: Record<string, unknown> }[] = [
  { name: 'password', request: { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: PASSWORD } } },
  {
    name: 'key pair, image and hostname',
    request: { InstanceId: 'ins-r8hr2upy', ImageId: 'img-pmqg1cw7', HostName: 'web-01.prod', LoginSettings: { KeyIds: ['skey-3glfot13'] } },
  },
  { name: 'keep image login', request: { InstanceId: 'ins-r8hr2upy', LoginSettings: { KeepImageLogin: 'TRUE' } } },
  {
    name: 'system disk, services and user data',
    request: {
      InstanceId: 'ins-r8hr2upy',
      SystemDisk: { DiskSize: 60 },
      EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: false }, AutomationService: { Enabled: true } },
      UserData: USERDATA,
      LoginSettings: { Password: PASSWORD },
    },
  },
  {
    name: 'unset optionals as null',
    request: { InstanceId: 'ins-r8hr2upy', ImageId: null, HostName: null, SystemDisk: null, LoginSettings: { Password: PASSWORD, KeyIds: null, KeepImageLogin: null } },
  },
];

/** Requests that break one rule: in every mode the rule must be reported at its path. */
const INVALID: readonly { readonly name: string; readonly request: Record<string, unknown>; readonly expected: Expected }[] = [
  { name: 'malformed instance id', request: { InstanceId: 'ins-1122' }, expected: { rule: 'identifier/format', path: ['InstanceId'] } },
  { name: 'short password', request: { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Ab1!' } }, expected: { rule: 'password/length', path: ['LoginSettings', 'Password'] } },
  { name: 'underscore in hostname', request: { InstanceId: 'ins-r8hr2upy', HostName: 'web_01' }, expected: { rule: 'hostname/charset', path: ['HostName'] } },
  { name: 'misspelt parameter', request: { InstanceId: 'ins-r8hr2upy', Hostname: 'web-01' }, expected: { rule: 'parameter/unknown', path: ['Hostname'] } },
  { name: 'zero disk size', request: { InstanceId: 'ins-r8hr2upy', SystemDisk: { DiskSize: 0 } }, expected: { rule: 'system-disk/size', path: ['SystemDisk', 'DiskSize'] } },
  { name: 'KeepImageLogin spelling', request: { InstanceId: 'ins-r8hr2upy', LoginSettings: { KeepImageLogin: 'yes' } }, expected: { rule: 'parameter/enum', path: ['LoginSettings', 'KeepImageLogin'] } },
  {
    name: 'password and key pair',
    request: { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: PASSWORD, KeyIds: ['skey-3glfot13'] } },
    expected: { rule: 'credentials/conflict', path: ['LoginSettings', 'KeyIds'] },
  },
  { name: 'url-safe user data', request: { InstanceId: 'ins-r8hr2upy', UserData: 'IyEvYmluL2Jhc2gK_-' }, expected: { rule: 'userdata/base64', path: ['UserData'] } },
];

let server: Loopback;

beforeAll(async () => {
  server = await startLoopback(() => ({ status: 200, body: { Response: { RequestId: 'c0ffee00-0000-4000-8000-000000000000' } } }));
});

afterAll(async () => {
  await server.close();
  await removeCli();
});

/** Sends one request through the SDK and returns what arrived. */
async function send(mode: Mode, request: Record<string, unknown>): Promise<CapturedRequest> {
  const client = new tencentcloud.cvm.v20170312.Client({
    credential: { secretId: 'AKIDEXAMPLEEXAMPLEEXAMPLE', secretKey: 'EXAMPLEKEY', ...(mode.session ? { token: 'EXAMPLE-SESSION-TOKEN' } : {}) },
    region: 'ap-guangzhou',
    profile: {
      signMethod: mode.signMethod,
      ...(mode.session ? { language: 'en-US' } : {}),
      // An explicit agent: the SDK would otherwise route through $http_proxy.
      httpProfile: { endpoint: server.host, protocol: 'http://', reqMethod: mode.reqMethod, agent: new Agent(), reqTimeout: 10 },
    },
  });
  const before = server.captured.length;
  const response = await client.ResetInstance(structuredClone(request));
  expect(response.RequestId).toBe('c0ffee00-0000-4000-8000-000000000000');
  expect(server.captured.length).toBe(before + 1);
  return server.captured[before] as CapturedRequest;
}

/** The request as `validate()` takes it in the encoding it arrived in. */
function inputOf(mode: Mode, captured: CapturedRequest): { readonly input: unknown; readonly encoding: 'json' | 'query' } {
  if (mode.signMethod === 'TC3-HMAC-SHA256' && mode.reqMethod === 'POST') return { input: JSON.parse(captured.body), encoding: 'json' };
  return { input: mode.reqMethod === 'GET' ? captured.query : captured.body, encoding: 'query' };
}

/** Checks the wire form: where the common parameters travel, and the content type. */
function expectWire(mode: Mode, captured: CapturedRequest): void {
  expect(captured.method).toBe(mode.reqMethod);
  expect(captured.path).toBe('/');
  if (mode.signMethod === 'TC3-HMAC-SHA256') {
    expect(captured.headers['authorization']).toMatch(/^TC3-HMAC-SHA256 Credential=AKIDEXAMPLEEXAMPLEEXAMPLE\//);
    expect(captured.headers['x-tc-action']).toBe('ResetInstance');
    expect(captured.headers['x-tc-version']).toBe('2017-03-12');
    expect(captured.headers['x-tc-region']).toBe('ap-guangzhou');
    expect(captured.headers['x-tc-requestclient']).toBe(`SDK_NODEJS_${SDK_VERSION}`);
    expect(captured.headers['x-tc-timestamp']).toMatch(/^\d+$/);
    expect(captured.headers['x-tc-token']).toBe(mode.session ? 'EXAMPLE-SESSION-TOKEN' : undefined);
    expect(captured.headers['x-tc-language']).toBe(mode.session ? 'en-US' : undefined);
    expect(captured.headers['content-type']).toBe(mode.reqMethod === 'POST' ? 'application/json' : 'application/x-www-form-urlencoded');
    if (mode.reqMethod === 'GET') expect(captured.body).toBe('');
    return;
  }
  const form = new URLSearchParams(mode.reqMethod === 'GET' ? captured.query : captured.body);
  expect(captured.headers['authorization']).toBeUndefined();
  expect(form.get('Action')).toBe('ResetInstance');
  expect(form.get('Version')).toBe('2017-03-12');
  expect(form.get('Region')).toBe('ap-guangzhou');
  expect(form.get('SignatureMethod')).toBe(mode.signMethod);
  expect(form.get('RequestClient')).toBe(`SDK_NODEJS_${SDK_VERSION}`);
  expect(form.get('SecretId')).toBe('AKIDEXAMPLEEXAMPLEEXAMPLE');
  expect(form.get('Nonce')).toMatch(/^\d+$/);
  expect(form.get('Timestamp')).toMatch(/^\d+$/);
  expect(form.get('Signature')).toMatch(/^[A-Za-z0-9+/]+=*$/);
  expect(form.get('Token')).toBe(mode.session ? 'EXAMPLE-SESSION-TOKEN' : null);
  expect(form.get('Language')).toBe(mode.session ? 'en-US' : null);
  if (mode.reqMethod === 'POST') expect(captured.headers['content-type']).toBe('application/x-www-form-urlencoded');
  else expect(captured.body).toBe('');
}

/** The request URL of a GET capture, as a log or a browser shows it. */
const urlOf = (captured: CapturedRequest): string => `${server.origin}${captured.path}?${captured.query}`;

/** The lint file of a capture: the JSON body as it arrived, a GET's request URL, or a form body, one request a line. */
function lintFileOf(name: string, mode: Mode, captured: CapturedRequest): LintFile {
  const { encoding } = inputOf(mode, captured);
  if (encoding === 'json') return { name: `${name}.json`, api: API, text: captured.body };
  if (mode.reqMethod === 'GET') return { name: `${name}.url`, api: API, text: `${urlOf(captured)}\n` };
  return { name: `${name}.txt`, api: API, text: `${captured.body}\n` };
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

describe('tencentcloud-sdk-nodejs-cvm ResetInstance, captured on loopback', () => {
  const files: JudgedFile[] = [];

  for (const mode of MODES) {
    describe(mode.name, () => {
      it.each(VALID)('$name: arrives as the SDK documents and passes validate()', async ({ name, request }) => {
        const captured = await send(mode, request);
        expectWire(mode, captured);
        const { input, encoding } = inputOf(mode, captured);
        expect(errorsOf(API, input, { encoding })).toEqual([]);
        if (mode.reqMethod === 'GET') expect(errorsOf(API, urlOf(captured), { encoding })).toEqual([]);
        if (encoding === 'json') {
          // The common parameters travel as headers; merged into the body they pass too.
          const merged = { ...(input as object), Action: captured.headers['x-tc-action'], Version: captured.headers['x-tc-version'], Region: captured.headers['x-tc-region'] };
          expect(errorsOf(API, merged)).toEqual([]);
        }
        files.push({ file: lintFileOf(`${slug(mode.name)}--${slug(name)}`, mode, captured), expected: undefined });
      });

      it.each(INVALID)('$name: validate() reports $expected.rule at its path', async ({ name, request, expected }) => {
        const captured = await send(mode, request);
        const { input, encoding } = inputOf(mode, captured);
        expect(hasError(errorsOf(API, input, { encoding }), expected), asError(expected)).toBe(true);
        files.push({ file: lintFileOf(`${slug(mode.name)}--bad-${slug(name)}`, mode, captured), expected });
      });
    });
  }

  it('instance-preflight lint gives the same verdicts on every capture saved as a file', async () => {
    expect(files.length).toBe(MODES.length * (VALID.length + INVALID.length));
    await expectLintVerdicts(files);
  });
});

describe('Tencent clients that are not on npm: serializer-derived fixtures (Go and Python SDKs)', () => {
  const fixtures = loadFixtures('tencent');
  const files: JudgedFile[] = [];

  it('cover the Go and Python SDKs, TC3 JSON bodies and signature v1 form bodies', () => {
    expect([...new Set(fixtures.map((fixture) => fixture.client))]).toEqual(['tencentcloud-sdk-go', 'tencentcloud-sdk-python']);
    expect(new Set(fixtures.map((fixture) => fixture.encoding))).toEqual(new Set(['json', 'query']));
  });

  it.each(fixtures)('$client $file', ({ client, file, text, api, encoding, expected }) => {
    const input = encoding === 'query' ? text : JSON.parse(text);
    const errors = errorsOf(api, input, { encoding: encoding ?? 'json' });
    if (expected) expect(hasError(errors, expected), asError(expected)).toBe(true);
    else expect(errors).toEqual([]);
    files.push({ file: { name: `${client}--${file}`, api, text }, expected });
  });

  it('instance-preflight lint gives the same verdicts', async () => {
    await expectLintVerdicts(files);
  });

  it('the Go SDK sends an empty Language in every signature v1 request; it is a signature parameter', () => {
    const form = fixtures.find((fixture) => fixture.client === 'tencentcloud-sdk-go' && fixture.encoding === 'query');
    expect(new URLSearchParams(form?.text).get('Language')).toBe('');
  });
});

describe('what the SDK sends that no document says', () => {
  it('signature v1 form requests carry RequestClient, which validate() takes as a signature parameter', async () => {
    const captured = await send(MODES[3] as Mode, { InstanceId: 'ins-r8hr2upy' });
    expect(new URLSearchParams(captured.query).get('RequestClient')).toBe(`SDK_NODEJS_${SDK_VERSION}`);
    expect(errorsOf(API, captured.query, { encoding: 'query' })).toEqual([]);
  });

  it('TC3 GET sends a parameter set to undefined as an empty value, which is then checked as an empty string', async () => {
    const tc3Get = MODES[2] as Mode;
    const captured = await send(tc3Get, { InstanceId: 'ins-r8hr2upy', HostName: undefined });
    expect(captured.query).toBe('InstanceId=ins-r8hr2upy&HostName=');
    expect(errorsOf(API, captured.query, { encoding: 'query' })).toEqual(['hostname/length HostName']);
    const post = await send(MODES[0] as Mode, { InstanceId: 'ins-r8hr2upy', HostName: undefined });
    expect(post.body).toBe('{"InstanceId":"ins-r8hr2upy"}');
  });

  it('null is dropped before sending in every mode (TC3 deepRemoveNull, signature v1 mergeData)', async () => {
    for (const mode of MODES) {
      const captured = await send(mode, { InstanceId: 'ins-r8hr2upy', ImageId: null, LoginSettings: { Password: null } });
      const text = mode.reqMethod === 'GET' ? captured.query : captured.body;
      expect(text, mode.name).not.toMatch(/ImageId|Password|null/);
    }
  });
});
