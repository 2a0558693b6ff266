/**
 * The JD Cloud guard end to end: `jdcloud-sdk-js`'s own VM client, guarded, against a fake VM endpoint on
 * 127.0.0.1 that answers describeInstance / describeImage / describeImageConstraints with the fixtures and
 * records every call.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { guard, PreflightError, warningsOf, type PreflightOutcome } from '../../src/schemas/jdcloud/guard/index.ts';
import { startLoopback, type CapturedRequest, type Loopback } from '../conformance/support/loopback.ts';
import { CONSTRAINTS, IMAGE, INSTANCE, WINDOWS_IMAGE } from './fixtures/jdcloud.ts';
import { recordConsole, refusal, shown } from './support.ts';

const require = createRequire(import.meta.url);

/** The `jdcloud-sdk-js` VM client as this test uses it (the SDK ships no types). */
interface VmClient {
  readonly config: { readonly regionId?: string };
  rebuildInstance(opts: Record<string, unknown>, regionId?: string | ((error: unknown, result: unknown) => unknown), callback?: (error: unknown, result: unknown) => unknown): Promise<{ requestId: string }>;
  describeInstance(opts: { instanceId: string }, regionId?: string): Promise<{ requestId: string; result?: { instance?: object } }>;
  describeImage(opts: { imageId: string }, regionId?: string): Promise<{ requestId: string; result?: { image?: object } }>;
  describeImageConstraints(opts: { imageId: string }, regionId?: string): Promise<{ requestId: string; result?: { imageConstraints?: object } }>;
}
const VM = require('jdcloud-sdk-js/src/repo/vm/v1/vm.js') as new (options: unknown) => VmClient;
const JDCloud = require('jdcloud-sdk-js/src/lib/core.js') as { config: { update: (options: unknown) => void } };

const REGION = 'cn-north-1';
const PASSWORD = 'Jd@Cloud2024';
const REQUEST_ID = 'c2uj7n2gvq5u5p9y8mswu8fvg4gm5dqa';

const world: { instance: object; images: Record<string, object>; failing: Set<string> } = { instance: INSTANCE, images: {}, failing: new Set() };

/** The SDK method a captured request is, from its path. */
function actionOf(request: CapturedRequest): string {
  if (request.path.endsWith(':rebuildInstance') || request.path.endsWith('%3ArebuildInstance')) return 'rebuildInstance';
  if (request.path.endsWith('/constraints')) return 'describeImageConstraints';
  return request.path.includes('/images/') ? 'describeImage' : 'describeInstance';
}

let server: Loopback;
const actions = (from: number): string[] => server.captured.slice(from).map(actionOf);
/** Every SDK log line: the SDK logs each call's parameters through this logger. */
const sdkLog: string[] = [];

beforeAll(async () => {
  JDCloud.config.update({ logger: (line: unknown) => void sdkLog.push(String(line)) });
  server = await startLoopback((request) => {
    const action = actionOf(request);
    if (world.failing.has(action)) return { status: 500, body: { requestId: REQUEST_ID, error: { code: 500, status: 'INTERNAL', message: 'internal error' } } };
    const imageId = decodeURIComponent(/\/images\/([^/:]+)/.exec(request.path)?.[1] ?? '');
    if (action === 'describeInstance') return { status: 200, body: { requestId: REQUEST_ID, result: { instance: world.instance } } };
    if (action === 'describeImage') return world.images[imageId] ? { status: 200, body: { requestId: REQUEST_ID, result: { image: world.images[imageId] } } } : { status: 404, body: { requestId: REQUEST_ID, error: { code: 404, status: 'NOT_FOUND', message: 'image not found' } } };
    if (action === 'describeImageConstraints') return { status: 200, body: { requestId: REQUEST_ID, result: { imageConstraints: { ...CONSTRAINTS, imageId } } } };
    return { status: 200, body: { requestId: REQUEST_ID, result: {} } };
  });
});

afterAll(async () => {
  await server.close();
  JDCloud.config.update({ logger: () => undefined });
});

beforeEach(() => {
  world.instance = INSTANCE;
  world.images = { [IMAGE.imageId]: IMAGE, [WINDOWS_IMAGE.imageId]: WINDOWS_IMAGE };
  world.failing = new Set();
  sdkLog.length = 0;
});

const lines = recordConsole();

const client = (): VmClient => new VM({ credentials: { accessKeyId: 'JDC_EXAMPLE_AK', secretAccessKey: 'EXAMPLE_SK' }, regionId: REGION, endpoint: { host: server.host, protocol: 'http' } });


describe('guard(jdcloud VM client)', () => {
  it('keeps the client type', () => {
    const raw = client();
    expectTypeOf(guard(raw)).toEqualTypeOf<VmClient>();
  });

  it('refuses a bad request: nothing sent, nothing logged by the SDK, no password shown', async () => {
    const before = server.captured.length;
    const error = await refusal(guard(client()).rebuildInstance({ instanceId: INSTANCE.instanceId, password: 'Jd@1x' }, REGION));
    expect(error.report.issues.map((issue) => `${issue.rule} ${issue.path.join('.')}`)).toContain('password/length password');
    expect(server.captured.length).toBe(before);
    expect(sdkLog).toEqual([]);
    expect(shown(lines, error, error.report)).not.toContain('Jd@1x');
  });

  it('sends a good request exactly as the unguarded client does, region from the argument or the client', async () => {
    const opts = { instanceId: INSTANCE.instanceId, password: PASSWORD, hostname: 'web-01', imageId: IMAGE.imageId };
    const before = server.captured.length;
    const plain = await client().rebuildInstance(structuredClone(opts), REGION);
    const guarded = await guard(client()).rebuildInstance(structuredClone(opts), REGION);
    const defaulted = await guard(client()).rebuildInstance(structuredClone(opts));
    expect(guarded.requestId).toBe(plain.requestId);
    const [a, ...rest] = server.captured.slice(before) as [CapturedRequest, CapturedRequest, CapturedRequest];
    expect(rest.length).toBe(2);
    for (const b of rest) {
      for (const key of ['method', 'path', 'query', 'body'] as const) expect(b[key], key).toBe(a[key]);
      for (const header of ['content-type', 'user-agent', 'host']) expect(b.headers[header], header).toBe(a.headers[header]);
    }
    expect(shown(lines, guarded)).not.toContain(PASSWORD);
  });

  it('validates the SDK header option out of the payload and passes it on', async () => {
    const before = server.captured.length;
    await guard(client()).rebuildInstance({ instanceId: INSTANCE.instanceId, password: PASSWORD, 'x-extra-header': { 'x-trace': 'abc' } }, REGION);
    expect(server.captured[before]?.headers['x-trace']).toBe('abc');
  });

  describe("facts: 'describe'", () => {
    const vm = (): VmClient => guard(client(), { facts: 'describe' });

    it('describes the instance, its current image and the image constraints once each, then sends', async () => {
      const before = server.captured.length;
      await vm().rebuildInstance({ instanceId: INSTANCE.instanceId, password: PASSWORD }, REGION);
      expect(actions(before)).toEqual(['describeInstance', 'describeImage', 'describeImageConstraints', 'rebuildInstance']);
      expect(server.captured[before]?.path).toBe(`/v1/regions/${REGION}/instances/${INSTANCE.instanceId}`);
    });

    it('catches a running instance with FAILED_PRECONDITION', async () => {
      world.instance = { ...INSTANCE, status: 'running' };
      const before = server.captured.length;
      const error = await refusal(vm().rebuildInstance({ instanceId: INSTANCE.instanceId, password: PASSWORD }, REGION));
      expect(error.report.issues.map((issue) => [issue.rule, issue.vendor?.code])).toEqual([['preflight/instance-state', 'FAILED_PRECONDITION']]);
      expect(actions(before)).not.toContain('rebuildInstance');
    });

    it('catches a system disk smaller than the image with OUT_OF_RANGE', async () => {
      world.images = { [IMAGE.imageId]: { ...IMAGE, systemDiskSizeGB: 100 } };
      const error = await refusal(vm().rebuildInstance({ instanceId: INSTANCE.instanceId, imageId: IMAGE.imageId, password: PASSWORD }, REGION));
      const issue = error.report.issues.find((item) => item.rule === 'preflight/disk-size');
      expect([issue?.path, issue?.vendor?.code]).toEqual([['imageId'], 'OUT_OF_RANGE']);
    });

    it('catches an instance type the image excludes with FAILED_PRECONDITION', async () => {
      world.instance = { ...INSTANCE, instanceType: 'g.s1.micro' };
      const error = await refusal(vm().rebuildInstance({ instanceId: INSTANCE.instanceId, password: PASSWORD }, REGION));
      expect(error.report.issues.map((issue) => [issue.rule, issue.vendor?.code])).toEqual([['preflight/instance-type', 'FAILED_PRECONDITION']]);
    });

    it('flags a key pair on a Windows image: a warning (JD ignores keys on Windows), sent with passWordAuth yes', async () => {
      const warnings: PreflightOutcome[] = [];
      const before = server.captured.length;
      await guard(client(), { facts: 'describe', onWarning: (outcome) => warnings.push(outcome) }).rebuildInstance(
        { instanceId: INSTANCE.instanceId, imageId: WINDOWS_IMAGE.imageId, password: PASSWORD, keyNames: ['kp-web'], passWordAuth: 'yes' },
        REGION,
      );
      expect(warnings.flatMap((outcome) => outcome.report.issues.map((issue) => `${issue.rule} ${issue.path.join('.')}`))).toEqual(['credentials/ignored keyNames']);
      expect(actions(before).at(-1)).toBe('rebuildInstance');
      expect(shown(lines, warnings)).not.toContain(PASSWORD);
    });

    it('refuses a Windows image without password login, with the code of that rule', async () => {
      const error = await refusal(vm().rebuildInstance({ instanceId: INSTANCE.instanceId, imageId: WINDOWS_IMAGE.imageId, password: PASSWORD, passWordAuth: 'no' }, REGION));
      expect(error.report.issues.map((issue) => `${issue.rule} ${issue.path.join('.')}`)).toEqual(['credentials/unsupported passWordAuth']);
    });

    it('degrades failed describe calls to no facts, with the failures attached to the result', async () => {
      world.failing = new Set(['describeInstance']);
      world.images = {};
      const before = server.captured.length;
      const result = await vm().rebuildInstance({ instanceId: INSTANCE.instanceId, imageId: IMAGE.imageId, password: PASSWORD }, REGION);
      expect(actions(before)).toEqual(['describeInstance', 'describeImage', 'describeImageConstraints', 'rebuildInstance']);
      expect(warningsOf(result)?.describeFailures).toEqual([
        { action: 'describeInstance', reason: 'error', code: 'INTERNAL' },
        { action: 'describeImage', reason: 'error', code: 'NOT_FOUND' },
      ]);
    });
  });

  it('passes a refusal to the SDK callback, as the SDK passes its own errors', async () => {
    const calls: unknown[] = [];
    const returned = await guard(client()).rebuildInstance({ instanceId: INSTANCE.instanceId, password: 'Jd@1x' }, REGION, (error) => (calls.push(error), 'handled'));
    expect(calls[0]).toBeInstanceOf(PreflightError);
    expect(returned).toBe('handled');
  });

  it('dry runs send nothing', async () => {
    const before = server.captured.length;
    const outcome = await guard(client(), { dryRun: true, facts: 'describe' }).rebuildInstance({ instanceId: INSTANCE.instanceId, password: PASSWORD }, REGION);
    expect(outcome.report.ok).toBe(true);
    expect(actions(before)).toEqual(['describeInstance', 'describeImage', 'describeImageConstraints']);
  });
});
