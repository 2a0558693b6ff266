/**
 * Alibaba Cloud ECS ReplaceSystemDisk as the official Node.js SDK sends it: `@alicloud/ecs20140526`
 * (with `@alicloud/openapi-core`) pointed at a loopback server, with every signature and HTTP method the
 * SDK offers. The assertions record the wire format (docs/conformance.md, "Alibaba Cloud"); the normalised
 * requests are kept as fixtures in `test/conformance/fixtures/alibaba/` (SOURCE.md there says how they were
 * made). Each captured request then goes through `validate()` in the encoding it arrived in (the query
 * string, or the form body) and through `instance-preflight lint` as a file.
 */
import { createHash, createHmac, generateKeyPairSync } from 'node:crypto';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopback, type CapturedRequest, type Loopback } from './support/loopback.ts';
import { asError, errorsOf, hasError, removeCli, type Expected, type LintFile } from './support/judge.ts';
import { expectLintVerdicts, type JudgedFile } from './support/expectLintVerdicts.ts';

const require = createRequire(import.meta.url);

/** The SDK's request model: a constructor over a plain map of camel-case fields. */
type Model = new (map: Record<string, unknown>) => object;
interface EcsClient {
  replaceSystemDisk(request: object): Promise<{ statusCode: number }>;
  replaceSystemDiskWithOptions(request: object, runtime: object): Promise<{ statusCode: number }>;
  callApi(params: object, request: object, runtime: object): Promise<{ statusCode: number }>;
}
const ecs = require('@alicloud/ecs20140526') as {
  default: new (config: object) => EcsClient;
  ReplaceSystemDiskRequest: Model;
};
const core = require('@alicloud/openapi-core') as {
  $OpenApiUtil: { Config: Model; Params: Model; OpenApiRequest: Model };
  OpenApiUtil: { query: (filter: Record<string, unknown>) => Record<string, string> };
};
const { RuntimeOptions } = require('@darabonba/typescript') as { RuntimeOptions: Model };
const ECS_VERSION = (require('@alicloud/ecs20140526/package.json') as { version: string }).version;
const CORE_VERSION = (require('@alicloud/openapi-core/package.json') as { version: string }).version;

const ACCESS_KEY_ID = 'LTAI5tLoopbackTestKey';
const ACCESS_KEY_SECRET = 'loopback-test-secret';
const SECURITY_TOKEN = 'CAIS.loopback-sts-token';
const PASSWORD = 'Ecs+V587!(x)=/';

/** The request every mode sends (SDK field names): a password reinstall with the optional scalars. */
const PASSWORD_REQUEST = {
  instanceId: 'i-bp67acfmxazb4ph1qxyz',
  imageId: 'm-bp67acfmxazb4ph1abcd',
  password: PASSWORD,
  systemDisk: { size: 80 },
  clientToken: '123e4567-e89b-12d3-a456-426655440000',
  securityEnhancementStrategy: 'Deactive',
  useAdditionalService: true,
};
/** The same request as wire parameters, in the order the SDK writes them. */
const PASSWORD_WIRE: readonly (readonly [string, string])[] = [
  ['ClientToken', '123e4567-e89b-12d3-a456-426655440000'],
  ['ImageId', 'm-bp67acfmxazb4ph1abcd'],
  ['InstanceId', 'i-bp67acfmxazb4ph1qxyz'],
  ['Password', PASSWORD],
  ['SecurityEnhancementStrategy', 'Deactive'],
  ['UseAdditionalService', 'true'],
  ['SystemDisk.Size', '80'],
];

/** The parameters signature v1 (`signatureAlgorithm: 'v2'` in the SDK's config) adds to the query. */
const V1_PARAMS = ['Action', 'Format', 'Version', 'Timestamp', 'SignatureNonce', 'SignatureMethod', 'SignatureVersion', 'AccessKeyId', 'Signature'];

type Signature = 'v1' | 'ACS3-HMAC-SHA256' | 'ACS3-HMAC-SM3' | 'ACS3-RSA-SHA256';
type Call = 'replaceSystemDisk' | 'replaceSystemDiskWithOptions' | 'callApi GET' | 'callApi POST form';

/** One way the SDK can sign and send the request. */
interface Mode {
  /** The fixture file name, without `.txt`. */
  readonly file: string;
  readonly signature: Signature;
  readonly call: Call;
  /** A temporary (STS) credential: adds its token. */
  readonly sts?: boolean;
}

const MODES: readonly Mode[] = [
  { file: 'acs3-hmac-sha256-post-query', signature: 'ACS3-HMAC-SHA256', call: 'replaceSystemDisk' },
  { file: 'acs3-hmac-sha256-post-query-with-options', signature: 'ACS3-HMAC-SHA256', call: 'replaceSystemDiskWithOptions' },
  { file: 'acs3-hmac-sha256-post-query-sts', signature: 'ACS3-HMAC-SHA256', call: 'replaceSystemDisk', sts: true },
  { file: 'acs3-hmac-sm3-post-query', signature: 'ACS3-HMAC-SM3', call: 'replaceSystemDisk' },
  { file: 'acs3-rsa-sha256-post-query', signature: 'ACS3-RSA-SHA256', call: 'replaceSystemDisk' },
  { file: 'acs3-hmac-sha256-get-query', signature: 'ACS3-HMAC-SHA256', call: 'callApi GET' },
  { file: 'acs3-hmac-sha256-post-form', signature: 'ACS3-HMAC-SHA256', call: 'callApi POST form' },
  { file: 'v1-hmac-sha1-post-query', signature: 'v1', call: 'replaceSystemDisk' },
  { file: 'v1-hmac-sha1-post-query-sts', signature: 'v1', call: 'replaceSystemDisk', sts: true },
  { file: 'v1-hmac-sha1-get-query', signature: 'v1', call: 'callApi GET' },
  { file: 'v1-hmac-sha1-post-form', signature: 'v1', call: 'callApi POST form' },
];

const RSA_KEY = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

let loopback: Loopback;

beforeAll(async () => {
  loopback = await startLoopback(() => ({ status: 200, body: { RequestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E' } }));
});

afterAll(async () => {
  await loopback.close();
  await removeCli();
});

function clientFor(signature: Signature, sts = false, extra: Record<string, unknown> = {}): EcsClient {
  return new ecs.default(
    new core.$OpenApiUtil.Config({
      accessKeyId: ACCESS_KEY_ID,
      accessKeySecret: signature === 'ACS3-RSA-SHA256' ? RSA_KEY.privateKey : ACCESS_KEY_SECRET,
      ...(sts ? { securityToken: SECURITY_TOKEN } : {}),
      endpoint: loopback.host,
      protocol: 'HTTP',
      regionId: 'cn-hangzhou',
      // The SDK's legacy RPC signer (signature v1, HMAC-SHA1) is chosen with the algorithm name 'v2'.
      ...(signature === 'v1' ? { signatureAlgorithm: 'v2' } : { signatureAlgorithm: signature }),
      ...extra,
    }),
  );
}

/** The generic call path: the SDK's own `callApi` with ReplaceSystemDisk's params and another method or body. */
function viaCallApi(client: EcsClient, method: 'GET' | 'POST', where: 'query' | 'body', request: Record<string, unknown>) {
  const params = new core.$OpenApiUtil.Params({
    action: 'ReplaceSystemDisk',
    version: '2014-05-26',
    protocol: 'HTTPS',
    pathname: '/',
    method,
    authType: 'AK',
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json',
  });
  return client.callApi(params, new core.$OpenApiUtil.OpenApiRequest({ [where]: core.OpenApiUtil.query(request) }), new RuntimeOptions({}));
}

/** The wire names of the password request, for the generic path that takes wire names directly. */
function wireObject(): Record<string, unknown> {
  return { ClientToken: PASSWORD_REQUEST.clientToken, ImageId: PASSWORD_REQUEST.imageId, InstanceId: PASSWORD_REQUEST.instanceId, Password: PASSWORD, SecurityEnhancementStrategy: 'Deactive', UseAdditionalService: true, SystemDisk: { Size: 80 } };
}

/**
 * Sends a request (SDK field names) in one mode; the generic path takes the wire names, which the model's
 * `toMap()` gives, or for the fixture request the hand-written {@link wireObject} in the typed method's order.
 */
async function send(mode: Mode, fields: Record<string, unknown> = PASSWORD_REQUEST): Promise<CapturedRequest> {
  const before = loopback.captured.length;
  const client = clientFor(mode.signature, mode.sts);
  const request = new ecs.ReplaceSystemDiskRequest(fields);
  const wire = fields === PASSWORD_REQUEST ? wireObject() : (request as unknown as { toMap(): Record<string, unknown> }).toMap();
  if (mode.call === 'replaceSystemDisk') await client.replaceSystemDisk(request);
  else if (mode.call === 'replaceSystemDiskWithOptions') await client.replaceSystemDiskWithOptions(request, new RuntimeOptions({}));
  else if (mode.call === 'callApi GET') await viaCallApi(client, 'GET', 'query', wire);
  else await viaCallApi(client, 'POST', 'body', wire);
  expect(loopback.captured.length).toBe(before + 1);
  return loopback.captured[before]!;
}

/** Splits a raw `a=b&c=d` string into decoded pairs, keeping order and empty values (`+` is not a space here). */
function pairs(raw: string): [string, string][] {
  if (raw === '') return [];
  return raw.split('&').map((part) => {
    const mark = part.indexOf('=');
    return [decodeURIComponent(part.slice(0, mark)), decodeURIComponent(part.slice(mark + 1))];
  });
}

/** RFC 3986 percent-encoding, as Alibaba's signature specifications define it. */
function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Recomputes a signature v1 (HMAC-SHA1) over every query and body parameter but `Signature`. */
function v1Signature(captured: CapturedRequest): string {
  const all = [...pairs(captured.query), ...pairs(captured.body)].filter(([key]) => key !== 'Signature');
  const canonical = all
    .map(([key, value]) => [percentEncode(key), percentEncode(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const toSign = `${captured.method}&${percentEncode('/')}&${percentEncode(canonical)}`;
  return createHmac('sha1', `${ACCESS_KEY_SECRET}&`).update(toSign).digest('base64');
}

/** Recomputes an ACS3-HMAC-SHA256 signature over the captured request and the headers it names. */
function acs3Signature(captured: CapturedRequest, signedHeaders: string): string {
  const canonicalQuery = pairs(captured.query)
    .map(([key, value]) => [percentEncode(key), percentEncode(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const names = signedHeaders.split(';');
  const canonicalHeaders = names.map((name) => `${name}:${String(captured.headers[name]).trim()}\n`).join('');
  const payloadHash = createHash('sha256').update(captured.body).digest('hex');
  const canonical = [captured.method, captured.path, canonicalQuery, canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const toSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonical).digest('hex')}`;
  return createHmac('sha256', ACCESS_KEY_SECRET).update(toSign).digest('hex');
}

const FIXED: Record<string, string> = {
  Timestamp: '2026-12-01T00:00:00Z',
  SignatureNonce: '0'.repeat(64),
  Signature: `${'A'.repeat(27)}=`,
};

/** Replaces a raw `a=b&c=d` string's volatile values (time, nonce, signature) with fixed ones of the same shape. */
function normaliseRaw(raw: string): string {
  return raw
    .split('&')
    .map((part) => {
      const key = part.slice(0, part.indexOf('='));
      const fixed = FIXED[key];
      return fixed === undefined ? part : `${key}=${percentEncode(fixed)}`;
    })
    .join('&');
}

/** Renders a captured request as HTTP/1.1 text with fixed values in place of the volatile ones. */
function render(captured: CapturedRequest): string {
  const skip = new Set(['connection', 'content-length', 'transfer-encoding']);
  const headers = Object.keys(captured.headers)
    .filter((name) => !skip.has(name))
    .sort()
    .map((name) => {
      let value = String(captured.headers[name]);
      if (name === 'host') value = '127.0.0.1:8080';
      if (name === 'x-acs-date') value = FIXED.Timestamp!;
      if (name === 'x-acs-signature-nonce') value = FIXED.SignatureNonce!;
      if (name === 'user-agent') value = value.replace(/\(.*?\) Node\.js\/\S+/, '(<os>; <arch>) Node.js/<version>');
      if (name === 'authorization') value = value.replace(/Signature=[0-9a-f]+$/, `Signature=${'0'.repeat(64)}`);
      return `${name}: ${value}`;
    });
  const target = captured.query === '' ? captured.path : `${captured.path}?${normaliseRaw(captured.query)}`;
  return `${captured.method} ${target} HTTP/1.1\n${headers.join('\n')}\n\n${captured.body === '' ? '' : `${normaliseRaw(captured.body)}\n`}`;
}

describe(`@alicloud/ecs20140526 ${ECS_VERSION} (openapi-core ${CORE_VERSION}) ReplaceSystemDisk on the wire`, () => {
  describe.each(MODES)('$file', (mode) => {
    it('sends the parameters flattened, in the query or a form body, and matches its fixture', async () => {
      const captured = await send(mode);
      const form = mode.call === 'callApi POST form';
      expect(captured.method).toBe(mode.call === 'callApi GET' ? 'GET' : 'POST');
      expect(captured.path).toBe('/');
      expect(captured.headers['x-acs-action']).toBe('ReplaceSystemDisk');
      expect(captured.headers['x-acs-version']).toBe('2014-05-26');
      expect(captured.headers['content-type']).toBe(form ? 'application/x-www-form-urlencoded' : undefined);
      const query = pairs(captured.query);
      const params = form ? pairs(captured.body) : query.filter(([key]) => !V1_PARAMS.includes(key) && key !== 'SecurityToken');
      expect(params).toEqual(PASSWORD_WIRE);
      if (!form) expect(captured.body).toBe('');
      await expect(render(captured)).toMatchFileSnapshot(`./fixtures/alibaba/${mode.file}.txt`);
    });

    if (mode.signature === 'v1') {
      it('signs v1: the common parameters in the query, an HMAC-SHA1 over every query and body parameter', async () => {
        const captured = await send(mode);
        const query = new Map(pairs(captured.query));
        expect(query.get('Action')).toBe('ReplaceSystemDisk');
        expect(query.get('Version')).toBe('2014-05-26');
        expect(query.get('Format')).toBe('json');
        expect(query.get('SignatureMethod')).toBe('HMAC-SHA1');
        expect(query.get('SignatureVersion')).toBe('1.0');
        expect(query.get('AccessKeyId')).toBe(ACCESS_KEY_ID);
        expect(query.get('Timestamp')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        expect(query.get('SignatureNonce')).toMatch(/^[0-9a-f]{64}$/);
        expect(query.get('SecurityToken')).toBe(mode.sts ? SECURITY_TOKEN : undefined);
        expect(query.get('Signature')).toBe(v1Signature(captured));
        expect(captured.headers.authorization).toBeUndefined();
        expect(captured.headers['x-acs-date']).toBeUndefined();
      });
    } else {
      it(`signs ${mode.signature}: nothing added to the query, the action, version, time, nonce and payload hash in headers`, async () => {
        const captured = await send(mode);
        const keys = pairs(captured.query).map(([key]) => key);
        for (const name of [...V1_PARAMS, 'SecurityToken']) expect(keys).not.toContain(name);
        expect(captured.headers['x-acs-date']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        expect(captured.headers['x-acs-signature-nonce']).toMatch(/^[0-9a-f]{64}$/);
        expect(captured.headers.accept).toBe('application/json');
        const algorithm = mode.signature === 'ACS3-HMAC-SM3' ? 'sm3' : 'sha256';
        expect(captured.headers['x-acs-content-sha256']).toBe(createHash(algorithm).update(captured.body).digest('hex'));
        expect(captured.headers['x-acs-security-token']).toBe(mode.sts ? SECURITY_TOKEN : undefined);
        expect(captured.headers['x-acs-accesskey-id']).toBe(mode.sts ? ACCESS_KEY_ID : undefined);
        const authorization = String(captured.headers.authorization);
        const match = /^(\S+) Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]+)$/.exec(authorization);
        expect(match?.slice(1, 3)).toEqual([mode.signature, ACCESS_KEY_ID]);
        const signed = match![3]!;
        expect(signed.split(';')).toEqual([...signed.split(';')].sort());
        expect(signed.split(';')).toEqual(expect.arrayContaining(['host', 'x-acs-action', 'x-acs-content-sha256', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-version']));
        if (mode.signature === 'ACS3-HMAC-SHA256') expect(match![4]).toBe(acs3Signature(captured, signed));
      });
    }
  });

  it('flattens nested objects with dots and lists from 1, writes booleans as true/false and numbers in decimal, drops unset fields, keeps empty strings', async () => {
    const before = loopback.captured.length;
    await clientFor('ACS3-HMAC-SHA256').replaceSystemDisk(
      new ecs.ReplaceSystemDiskRequest({
        instanceId: 'i-bp67acfmxazb4ph1qxyz',
        imageId: 'm-bp67acfmxazb4ph1abcd',
        keyPairName: 'testKeyPairName',
        password: '',
        passwordInherit: false,
        encrypted: true,
        KMSKeyId: 'e522b26d-abf6-4e0d-b5da-04b7a1b2c33c',
        ownerId: 1234567890123456,
        diskId: undefined,
        arn: [
          { roleType: 'service', rolearn: 'acs:ram::123456:role/a', assumeRoleFor: 0 },
          { roleType: 'user', rolearn: 'acs:ram::123456:role/b', assumeRoleFor: 1 },
        ],
        systemDisk: { size: 1.5 },
      }),
    );
    expect(pairs(loopback.captured[before]!.query)).toEqual([
      ['Arn.1.AssumeRoleFor', '0'],
      ['Arn.1.RoleType', 'service'],
      ['Arn.1.Rolearn', 'acs:ram::123456:role/a'],
      ['Arn.2.AssumeRoleFor', '1'],
      ['Arn.2.RoleType', 'user'],
      ['Arn.2.Rolearn', 'acs:ram::123456:role/b'],
      ['Encrypted', 'true'],
      ['ImageId', 'm-bp67acfmxazb4ph1abcd'],
      ['InstanceId', 'i-bp67acfmxazb4ph1qxyz'],
      ['KMSKeyId', 'e522b26d-abf6-4e0d-b5da-04b7a1b2c33c'],
      ['KeyPairName', 'testKeyPairName'],
      ['OwnerId', '1234567890123456'],
      ['Password', ''],
      ['PasswordInherit', 'false'],
      ['SystemDisk.Size', '1.5'],
    ]);
  });

  it('checks nothing itself: a string size, a string boolean and an out-of-range size are sent as given', async () => {
    const before = loopback.captured.length;
    await clientFor('ACS3-HMAC-SHA256').replaceSystemDisk(
      new ecs.ReplaceSystemDiskRequest({ instanceId: 'x', systemDisk: { size: '99999' }, passwordInherit: 'yes', securityEnhancementStrategy: 'active' }),
    );
    expect(pairs(loopback.captured[before]!.query)).toEqual([
      ['InstanceId', 'x'],
      ['PasswordInherit', 'yes'],
      ['SecurityEnhancementStrategy', 'active'],
      ['SystemDisk.Size', '99999'],
    ]);
  });

  it('percent-encodes the query with %20 for a space and %2B for a plus, and a form body the same but for the characters encodeURIComponent keeps', async () => {
    const value = "a b+c'd\"e\\f(g)h!i*j~k-l_m.n/o?p&q=r#s%t:u;v,w@x$y<z>{|}[^]`é";
    const before = loopback.captured.length;
    await clientFor('ACS3-HMAC-SHA256').replaceSystemDisk(new ecs.ReplaceSystemDiskRequest({ instanceId: 'i-1', password: value }));
    await viaCallApi(clientFor('ACS3-HMAC-SHA256'), 'POST', 'body', { InstanceId: 'i-1', Password: value });
    await viaCallApi(clientFor('v1'), 'POST', 'body', { InstanceId: 'i-1', Password: value });
    const [query, form, formV1] = loopback.captured.slice(before);
    const queryValue = '(g)h!i*j~k-l_m.n%2Fo%3Fp%26q%3Dr%23s%25t%3Au%3Bv%2Cw%40x%24y%3Cz%3E%7B%7C%7D%5B%5E%5D%60%C3%A9';
    expect(query!.query).toBe(`InstanceId=i-1&Password=a%20b%2Bc%27d%22e%5Cf${queryValue}`);
    expect(form!.body).toBe(`InstanceId=i-1&Password=a%20b%2Bc'd%22e%5Cf${queryValue}`);
    expect(formV1!.body).toBe(form!.body);
    for (const captured of [query!, form!]) expect(pairs(captured.query).concat(pairs(captured.body))).toContainEqual(['Password', value]);
  });

  it("does not offer signature v4 for ECS: signatureVersion 'v4' throws before anything is sent", async () => {
    const before = loopback.captured.length;
    await expect(
      clientFor('ACS3-HMAC-SHA256', false, { signatureVersion: 'v4' }).replaceSystemDisk(new ecs.ReplaceSystemDiskRequest({ instanceId: 'i-1' })),
    ).rejects.toThrow(TypeError);
    expect(loopback.captured.length).toBe(before);
  });
});

const API = 'alibaba.ecs.ReplaceSystemDisk';
const IDS = { instanceId: 'i-bp67acfmxazb4ph1qxyz', imageId: 'm-bp67acfmxazb4ph1abcd' };

/** Requests the vendor documents as valid (SDK field names): each must pass every mode. */
const VALID: readonly { readonly name: string; readonly request: Record<string, unknown> }[] = [
  { name: 'password and the optional scalars', request: PASSWORD_REQUEST },
  { name: 'key pair, larger disk, security enhancement', request: { ...IDS, keyPairName: 'deploy-key', systemDisk: { size: 200 }, securityEnhancementStrategy: 'Active' } },
  { name: 'password from the image', request: { ...IDS, passwordInherit: true, useAdditionalService: false } },
  { name: 'encrypted disk with a KMS key', request: { ...IDS, password: 'EcsV587!', encrypted: true, KMSKeyId: 'e522b26d-abf6-4e0d-b5da-04b7a1b2c33c' } },
];

/** Requests that break one rule: in every mode the rule must be reported at its path. */
const INVALID: readonly { readonly name: string; readonly request: Record<string, unknown>; readonly expected: Expected }[] = [
  { name: 'short password', request: { ...IDS, password: 'Ab1!xyz' }, expected: { rule: 'password/length', path: ['Password'] } },
  { name: 'no image', request: { instanceId: IDS.instanceId, password: 'EcsV587!' }, expected: { rule: 'parameter/required', path: ['ImageId'] } },
  { name: 'zero disk size', request: { ...IDS, systemDisk: { size: 0 } }, expected: { rule: 'system-disk/size', path: ['SystemDisk', 'Size'] } },
  { name: 'fractional disk size', request: { ...IDS, systemDisk: { size: 40.5 } }, expected: { rule: 'parameter/type', path: ['SystemDisk', 'Size'] } },
  { name: 'strategy in lower case', request: { ...IDS, securityEnhancementStrategy: 'active' }, expected: { rule: 'parameter/enum', path: ['SecurityEnhancementStrategy'] } },
  { name: 'boolean spelt yes', request: { ...IDS, passwordInherit: 'yes' }, expected: { rule: 'parameter/type', path: ['PasswordInherit'] } },
  { name: 'non-ASCII client token', request: { ...IDS, clientToken: 'tök-1' }, expected: { rule: 'parameter/charset', path: ['ClientToken'] } },
  { name: 'image and disk', request: { ...IDS, diskId: 'd-bp67acfmxazb4ph1disk' }, expected: { rule: 'parameter/conflict', path: ['DiskId'] } },
];

/** Where the parameters arrived: the form body, or the query string (where signature v1 adds its common parameters). */
const carrierOf = (mode: Mode, captured: CapturedRequest): string => (mode.call === 'callApi POST form' ? captured.body : captured.query);

/** The lint file of a capture: the request URL for a query, the form body for a form, one request a line. */
function lintFileOf(name: string, mode: Mode, captured: CapturedRequest): LintFile {
  if (mode.call === 'callApi POST form') return { name: `${name}.txt`, api: API, text: `${captured.body}\n` };
  return { name: `${name}.url`, api: API, text: `${loopback.origin}${captured.path}?${captured.query}\n` };
}

describe(`@alicloud/ecs20140526 ${ECS_VERSION} captures through validate() and lint`, () => {
  const files: JudgedFile[] = [];

  describe.each(MODES)('$file', (mode) => {
    it.each(VALID)('$name: passes validate() in the encoding it arrived in', async ({ name, request }) => {
      const captured = await send(mode, request);
      const carrier = carrierOf(mode, captured);
      expect(errorsOf(API, carrier, { encoding: 'query' })).toEqual([]);
      if (mode.call !== 'callApi POST form') expect(errorsOf(API, `${loopback.origin}/?${captured.query}`, { encoding: 'query' })).toEqual([]);
      files.push({ file: lintFileOf(`${mode.file}--${name.replace(/\W+/g, '-')}`, mode, captured), expected: undefined });
    });

    it.each(INVALID)('$name: validate() reports $expected.rule at its path', async ({ name, request, expected }) => {
      const captured = await send(mode, request);
      expect(hasError(errorsOf(API, carrierOf(mode, captured), { encoding: 'query' }), expected), asError(expected)).toBe(true);
      files.push({ file: lintFileOf(`${mode.file}--bad-${name.replace(/\W+/g, '-')}`, mode, captured), expected });
    });
  });

  it('instance-preflight lint gives the same verdicts on every capture saved as a file', async () => {
    expect(files.length).toBe(MODES.length * (VALID.length + INVALID.length));
    await expectLintVerdicts(files);
  });

  it('a signature v1 form request splits its common parameters (query) from its data (body): the body and the union pass, the query alone lacks the data', async () => {
    const captured = await send(MODES.find((mode) => mode.file === 'v1-hmac-sha1-post-form')!);
    expect(errorsOf(API, captured.query, { encoding: 'query' }).sort()).toEqual(['parameter/required ImageId', 'parameter/required InstanceId']);
    expect(errorsOf(API, captured.body, { encoding: 'query' })).toEqual([]);
    expect(errorsOf(API, `${captured.query}&${captured.body}`, { encoding: 'query' })).toEqual([]);
  });
});
