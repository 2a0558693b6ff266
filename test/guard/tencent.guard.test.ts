/**
 * The Tencent guard end to end: `tencentcloud-sdk-nodejs-cvm`'s own client, guarded, against a fake CVM
 * endpoint on 127.0.0.1 that answers DescribeInstances / DescribeImages with the fixtures and records every call.
 */
import { Agent } from 'node:http';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { guard, warningsOf, type PreflightOutcome } from '../../src/schemas/tencent/guard/index.ts';
import { startLoopback, type CapturedRequest, type Loopback } from '../conformance/support/loopback.ts';
import { IMAGE, INSTANCE, WINDOWS_IMAGE } from './fixtures/tencent.ts';
import { recordConsole, refusal, shown } from './support.ts';

const PASSWORD = 'Qcloud@TestApi123++';
const REQUEST_ID = 'c0ffee00-0000-4000-8000-000000000000';

/** What the fake endpoint answers: the instance and images it knows, and the actions it fails. */
const world: { instance: object; images: Record<string, object>; failing: Set<string> } = { instance: INSTANCE, images: {}, failing: new Set() };

let server: Loopback;

const actionOf = (request: CapturedRequest): string => String(request.headers['x-tc-action']);
const actions = (from: number): string[] => server.captured.slice(from).map(actionOf);

beforeAll(async () => {
  server = await startLoopback((request) => {
    const action = actionOf(request);
    if (world.failing.has(action)) {
      return { status: 200, body: { Response: { Error: { Code: 'AuthFailure.UnauthorizedOperation', Message: 'not authorized' }, RequestId: REQUEST_ID } } };
    }
    const ids = (JSON.parse(request.body || '{}') as { ImageIds?: string[] }).ImageIds ?? [];
    if (action === 'DescribeInstances') return { status: 200, body: { Response: { TotalCount: 1, InstanceSet: [world.instance], RequestId: REQUEST_ID } } };
    if (action === 'DescribeImages') {
      const found = ids.flatMap((id) => (world.images[id] ? [world.images[id]] : []));
      return { status: 200, body: { Response: { TotalCount: found.length, ImageSet: found, RequestId: REQUEST_ID } } };
    }
    return { status: 200, body: { Response: { RequestId: REQUEST_ID } } };
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  world.instance = INSTANCE;
  world.images = { [IMAGE.ImageId]: IMAGE, [WINDOWS_IMAGE.ImageId]: WINDOWS_IMAGE };
  world.failing = new Set();
});

const lines = recordConsole();

function client(): InstanceType<typeof tencentcloud.cvm.v20170312.Client> {
  return new tencentcloud.cvm.v20170312.Client({
    credential: { secretId: 'AKIDEXAMPLEEXAMPLEEXAMPLE', secretKey: 'EXAMPLEKEY' },
    region: 'ap-guangzhou',
    // An explicit agent: the SDK would otherwise route through $http_proxy.
    profile: { httpProfile: { endpoint: server.host, protocol: 'http://', reqMethod: 'POST', agent: new Agent(), reqTimeout: 10 } },
  });
}


describe('guard(tencent CVM client)', () => {
  it("keeps the SDK's own client type", () => {
    const raw = client();
    expectTypeOf(guard(raw)).toEqualTypeOf<typeof raw>();
    expectTypeOf(guard(raw).ResetInstance).parameter(0).toEqualTypeOf<Parameters<typeof raw.ResetInstance>[0]>();
  });

  it('refuses a bad request: a PreflightError with the report, nothing sent, no password shown', async () => {
    const before = server.captured.length;
    const error = await refusal(guard(client()).ResetInstance({ InstanceId: INSTANCE.InstanceId, LoginSettings: { Password: 'Ab1!xyz' } }));
    expect(error.report.ok).toBe(false);
    expect(error.report.issues.map((issue) => `${issue.rule} ${issue.path.join('.')}`)).toContain('password/length LoginSettings.Password');
    expect(error.message).toContain('password/length at LoginSettings.Password');
    expect(error.report.issues.find((issue) => issue.rule === 'password/length')?.vendor?.code).toBe('InvalidParameterValue.InvalidPassword');
    expect(server.captured.length).toBe(before);
    expect(shown(lines, error, error.report)).not.toContain('Ab1!xyz');
  });

  it('sends a good request exactly as the unguarded client does', async () => {
    const request = { InstanceId: INSTANCE.InstanceId, ImageId: 'img-pmqg1cw7', HostName: 'web-01', LoginSettings: { Password: PASSWORD } };
    const before = server.captured.length;
    const plain = await client().ResetInstance(structuredClone(request));
    const guarded = await guard(client()).ResetInstance(structuredClone(request));
    expect(guarded).toEqual(plain);
    const [a, b] = server.captured.slice(before) as [CapturedRequest, CapturedRequest];
    expect(server.captured.length).toBe(before + 2);
    for (const key of ['method', 'path', 'query', 'body'] as const) expect(b[key], key).toBe(a[key]);
    for (const header of ['content-type', 'x-tc-action', 'x-tc-version', 'x-tc-region', 'host']) expect(b.headers[header], header).toBe(a.headers[header]);
    expect(shown(lines, guarded)).not.toContain(PASSWORD);
  });

  it('passes every other method through to the client', async () => {
    const before = server.captured.length;
    const answer = await guard(client()).DescribeInstances({ InstanceIds: [INSTANCE.InstanceId] });
    expect(answer.InstanceSet?.[0]?.InstanceId).toBe(INSTANCE.InstanceId);
    expect(actions(before)).toEqual(['DescribeInstances']);
  });

  describe("facts: 'describe'", () => {
    const cvm = (): ReturnType<typeof client> => guard(client(), { facts: 'describe' });

    it('describes the instance and its current image once each, then sends a good request', async () => {
      const before = server.captured.length;
      await cvm().ResetInstance({ InstanceId: INSTANCE.InstanceId, LoginSettings: { Password: PASSWORD } });
      expect(actions(before)).toEqual(['DescribeInstances', 'DescribeImages', 'ResetInstance']);
      expect(JSON.parse(server.captured[before + 1]?.body ?? '')).toEqual({ ImageIds: [INSTANCE.ImageId] });
    });

    it('catches an instance in a state reset refuses (STOPPING), with its own code; RUNNING and STOPPED are accepted', async () => {
      world.instance = { ...INSTANCE, InstanceState: 'STOPPING' };
      const before = server.captured.length;
      const error = await refusal(cvm().ResetInstance({ InstanceId: INSTANCE.InstanceId, LoginSettings: { Password: PASSWORD } }));
      expect(error.report.issues.map((issue) => [issue.rule, issue.vendor?.code])).toEqual([['preflight/instance-state', 'UnsupportedOperation.InstanceStateStopping']]);
      expect(actions(before)).toEqual(['DescribeInstances', 'DescribeImages']);
      world.instance = { ...INSTANCE, InstanceState: 'STOPPED' };
      await cvm().ResetInstance({ InstanceId: INSTANCE.InstanceId, LoginSettings: { Password: PASSWORD } });
      expect(actions(before).at(-1)).toBe('ResetInstance');
    });

    it('catches a shrinking system disk', async () => {
      const before = server.captured.length;
      const error = await refusal(cvm().ResetInstance({ InstanceId: INSTANCE.InstanceId, SystemDisk: { DiskSize: 20 }, LoginSettings: { Password: PASSWORD } }));
      const issue = error.report.issues.find((item) => item.rule === 'preflight/disk-size');
      expect(issue?.path).toEqual(['SystemDisk', 'DiskSize']);
      expect(issue?.vendor?.code).toBe('InvalidParameterValue');
      expect(actions(before)).not.toContain('ResetInstance');
    });

    it('catches a key pair on a Windows image', async () => {
      const before = server.captured.length;
      const error = await refusal(cvm().ResetInstance({ InstanceId: INSTANCE.InstanceId, ImageId: WINDOWS_IMAGE.ImageId, LoginSettings: { KeyIds: ['skey-3glfot13'] } }));
      const issue = error.report.issues.find((item) => item.rule === 'credentials/unsupported');
      expect(issue?.path).toEqual(['LoginSettings', 'KeyIds']);
      expect(issue?.vendor?.code).toBe('UnsupportedOperation.KeyPairUnsupportedWindows');
      expect(JSON.parse(server.captured[before + 1]?.body ?? '')).toEqual({ ImageIds: [WINDOWS_IMAGE.ImageId] });
      expect(actions(before)).toEqual(['DescribeInstances', 'DescribeImages']);
    });

    it('degrades a failed describe call to no facts, with a warning to onWarning, and still sends', async () => {
      world.failing = new Set(['DescribeInstances']);
      world.instance = { ...INSTANCE, InstanceState: 'STOPPING' };
      const warnings: PreflightOutcome[] = [];
      const before = server.captured.length;
      await guard(client(), { facts: 'describe', onWarning: (outcome) => warnings.push(outcome) }).ResetInstance({
        InstanceId: INSTANCE.InstanceId,
        ImageId: IMAGE.ImageId,
        LoginSettings: { Password: PASSWORD },
      });
      expect(actions(before)).toEqual(['DescribeInstances', 'DescribeImages', 'ResetInstance']);
      expect(warnings.map((outcome) => outcome.describeFailures)).toEqual([[{ action: 'DescribeInstances', reason: 'error', code: 'AuthFailure.UnauthorizedOperation' }]]);
      expect(shown(lines, warnings)).not.toContain(PASSWORD);
    });

    it('attaches the warnings to the result when no onWarning is given; a missing image is a failure too', async () => {
      world.images = {};
      const result = await cvm().ResetInstance({ InstanceId: INSTANCE.InstanceId, LoginSettings: { Password: PASSWORD } });
      expect(warningsOf(result)?.describeFailures).toEqual([{ action: 'DescribeImages', reason: 'not-found' }]);
      expect(Object.keys(result)).toEqual(['RequestId']);
    });
  });

  it('takes facts as an object or a function of the request', async () => {
    const stopping = { instance: { state: 'STOPPING' } };
    await refusal(guard(client(), { facts: stopping }).ResetInstance({ InstanceId: INSTANCE.InstanceId, LoginSettings: { Password: PASSWORD } }));
    const seen: unknown[] = [];
    const facts = (request: unknown) => (seen.push(request), Promise.resolve({ image: { os: 'windows' as const } }));
    await refusal(guard(client(), { facts }).ResetInstance({ InstanceId: INSTANCE.InstanceId, LoginSettings: { KeyIds: ['skey-3glfot13'] } }));
    expect(seen).toEqual([{ InstanceId: INSTANCE.InstanceId, LoginSettings: { KeyIds: ['skey-3glfot13'] } }]);
  });

  it('reports warnings of the request itself, and dry runs send nothing', async () => {
    const before = server.captured.length;
    const outcome = await guard(client(), { dryRun: true, os: 'linux' }).ResetInstance({ InstanceId: INSTANCE.InstanceId, HostName: 'a.b', LoginSettings: { Password: PASSWORD } });
    expect(outcome.report.ok).toBe(true);
    expect(server.captured.length).toBe(before);
    await refusal(guard(client(), { dryRun: true }).ResetInstance({ InstanceId: 'ins-1' }));
    expect(server.captured.length).toBe(before);
  });

  it("passes a refusal to the SDK callback as the SDK passes its errors, and messages in the caller's language", async () => {
    const calls: unknown[] = [];
    const error = await refusal(
      guard(client(), { lang: 'zh-CN' }).ResetInstance({ InstanceId: INSTANCE.InstanceId, LoginSettings: { Password: 'Ab1!xyz' } }, (failure, response) => void calls.push(failure, response)),
    );
    expect(calls).toEqual([error, null]);
    expect(error.report.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
