/**
 * The Alibaba guard end to end: `@alicloud/ecs20140526`'s own client, guarded, against a fake ECS endpoint on
 * 127.0.0.1 that answers DescribeInstances / DescribeDisks / DescribeImages with the fixtures and records every call.
 */
import { createRequire } from 'node:module';
import type EcsModule from '@alicloud/ecs20140526';
import * as ecs from '@alicloud/ecs20140526';
import * as $OpenApi from '@alicloud/openapi-core';
import * as $dara from '@darabonba/typescript';
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { guard, warningsOf, type PreflightOutcome } from '../../src/schemas/alibaba/guard/index.ts';
import { startLoopback, type CapturedRequest, type Loopback } from '../conformance/support/loopback.ts';
import { IMAGE, INSTANCE, SYSTEM_DISK, WINDOWS_IMAGE } from './fixtures/alibaba.ts';
import { recordConsole, refusal, shown } from './support.ts';

// The SDK is CommonJS: its client class is `default` of module.exports, read the same way under Node and the test runner.
const Ecs = (createRequire(import.meta.url)('@alicloud/ecs20140526') as typeof EcsModule).default;
type Ecs = InstanceType<typeof Ecs>;

const PASSWORD = 'Ecs+V587!(x)=/';
const REQUEST_ID = '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E';

/** What the fake endpoint answers: the instance, disk and images it knows, and the actions it fails. */
const world: { instance: object; disk: object; images: Record<string, object>; failing: Set<string> } = { instance: INSTANCE, disk: SYSTEM_DISK, images: {}, failing: new Set() };

let server: Loopback;

const actionOf = (request: CapturedRequest): string => String(request.headers['x-acs-action']);
const actions = (from: number): string[] => server.captured.slice(from).map(actionOf);
const queryOf = (request: CapturedRequest | undefined): URLSearchParams => new URLSearchParams(request?.query ?? '');

beforeAll(async () => {
  server = await startLoopback((request) => {
    const action = actionOf(request);
    if (world.failing.has(action)) return { status: 403, body: { Code: 'Forbidden.RAM', Message: 'User not authorized to operate on the specified resource.', RequestId: REQUEST_ID } };
    const query = queryOf(request);
    if (action === 'DescribeInstances') return { status: 200, body: { RequestId: REQUEST_ID, TotalCount: 1, Instances: { Instance: [world.instance] } } };
    if (action === 'DescribeDisks') return { status: 200, body: { RequestId: REQUEST_ID, TotalCount: 1, Disks: { Disk: [world.disk] } } };
    if (action === 'DescribeImages') {
      const found = world.images[query.get('ImageId') ?? ''];
      return { status: 200, body: { RequestId: REQUEST_ID, TotalCount: found ? 1 : 0, Images: { Image: found ? [found] : [] } } };
    }
    return { status: 200, body: { RequestId: REQUEST_ID, DiskId: 'd-bp67acfmxazb4ph2new0' } };
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  world.instance = INSTANCE;
  world.disk = SYSTEM_DISK;
  world.images = { [IMAGE.ImageId]: IMAGE, [WINDOWS_IMAGE.ImageId]: WINDOWS_IMAGE };
  world.failing = new Set();
});

const lines = recordConsole();

function client(): Ecs {
  return new Ecs(
    new $OpenApi.$OpenApiUtil.Config({
      accessKeyId: 'LTAI5tLoopbackTestKey',
      accessKeySecret: 'loopback-test-secret',
      endpoint: server.host,
      protocol: 'HTTP',
      regionId: 'cn-hangzhou',
    }),
  );
}

const replace = (fields: Record<string, unknown>): ecs.ReplaceSystemDiskRequest => new ecs.ReplaceSystemDiskRequest({ instanceId: INSTANCE.InstanceId, ...fields });

describe('guard(@alicloud/ecs20140526 client)', () => {
  it("keeps the SDK's own client type", () => {
    const raw = client();
    expectTypeOf(guard(raw)).toEqualTypeOf<typeof raw>();
    expectTypeOf(guard(raw).replaceSystemDisk).parameter(0).toEqualTypeOf<ecs.ReplaceSystemDiskRequest>();
  });

  it('refuses a bad request: a PreflightError with the report, nothing sent, no password shown', async () => {
    const before = server.captured.length;
    const error = await refusal(guard(client()).replaceSystemDisk(replace({ imageId: IMAGE.ImageId, password: 'Ab1!xyz' })));
    expect(error.report.ok).toBe(false);
    const issue = error.report.issues.find((item) => item.rule === 'password/length');
    expect(issue?.path).toEqual(['Password']);
    expect(issue?.vendor?.code).toBe('InvalidPassword.Malformed');
    expect(error.message).toContain('password/length at Password');
    expect(server.captured.length).toBe(before);
    expect(shown(lines, error, error.report)).not.toContain('Ab1!xyz');
  });

  it('checks the request as it goes on the wire: a string boolean or a fractional size is refused', async () => {
    const before = server.captured.length;
    const error = await refusal(guard(client()).replaceSystemDisk(replace({ imageId: IMAGE.ImageId, passwordInherit: 'yes', systemDisk: new ecs.ReplaceSystemDiskRequestSystemDisk({ size: 1.5 }) })));
    expect(error.report.issues.filter((item) => item.severity === 'error').map((item) => `${item.rule} ${item.path.join('.')}`)).toEqual(['parameter/type SystemDisk.Size', 'parameter/type PasswordInherit']);
    expect(server.captured.length).toBe(before);
  });

  it('sends a good request exactly as the unguarded client does, by both methods', async () => {
    const fields = { imageId: IMAGE.ImageId, password: PASSWORD, systemDisk: { size: 80 }, clientToken: '123e4567-e89b-12d3-a456-426655440000' };
    const before = server.captured.length;
    const plain = await client().replaceSystemDisk(replace(fields));
    const guarded = await guard(client()).replaceSystemDisk(replace(fields));
    const withOptions = await guard(client()).replaceSystemDiskWithOptions(replace(fields), new $dara.RuntimeOptions({}));
    expect(guarded.body).toEqual(plain.body);
    expect(withOptions.body?.diskId).toBe('d-bp67acfmxazb4ph2new0');
    const [a, b, c] = server.captured.slice(before) as [CapturedRequest, CapturedRequest, CapturedRequest];
    expect(server.captured.length).toBe(before + 3);
    for (const sent of [b, c]) {
      for (const key of ['method', 'path', 'query', 'body'] as const) expect(sent[key], key).toBe(a[key]);
      for (const header of ['content-type', 'x-acs-action', 'x-acs-version', 'host']) expect(sent.headers[header], header).toBe(a.headers[header]);
    }
    expect(shown(lines, guarded, withOptions)).not.toContain(PASSWORD);
  });

  it('passes every other method through to the client', async () => {
    const before = server.captured.length;
    const answer = await guard(client()).describeInstances(new ecs.DescribeInstancesRequest({ regionId: 'cn-hangzhou', instanceIds: JSON.stringify([INSTANCE.InstanceId]) }));
    expect(answer.body?.instances?.instance?.[0]?.instanceId).toBe(INSTANCE.InstanceId);
    expect(actions(before)).toEqual(['DescribeInstances']);
  });

  describe("facts: 'describe'", () => {
    const guarded = (): Ecs => guard(client(), { facts: 'describe' });

    it('describes the instance, its system disk and its current image once each, in the client region, then sends', async () => {
      const before = server.captured.length;
      await guarded().replaceSystemDisk(replace({ imageId: IMAGE.ImageId, password: PASSWORD }));
      expect(actions(before)).toEqual(['DescribeInstances', 'DescribeDisks', 'DescribeImages', 'ReplaceSystemDisk']);
      const [instances, disks, images] = server.captured.slice(before).map(queryOf);
      expect(Object.fromEntries(instances ?? [])).toEqual({ RegionId: 'cn-hangzhou', InstanceIds: `["${INSTANCE.InstanceId}"]` });
      expect(Object.fromEntries(disks ?? [])).toEqual({ RegionId: 'cn-hangzhou', InstanceId: INSTANCE.InstanceId, DiskType: 'system' });
      expect(Object.fromEntries(images ?? [])).toEqual({ RegionId: 'cn-hangzhou', ImageId: IMAGE.ImageId });
    });

    it('catches an instance that is not Stopped, with its code, and sends nothing', async () => {
      world.instance = { ...INSTANCE, Status: 'Running' };
      const before = server.captured.length;
      const error = await refusal(guarded().replaceSystemDisk(replace({ imageId: IMAGE.ImageId, password: PASSWORD })));
      expect(error.report.issues.map((issue) => [issue.rule, issue.vendor?.code, issue.vendor?.status])).toEqual([['preflight/instance-state', 'IncorrectInstanceStatus', 403]]);
      expect(actions(before)).not.toContain('ReplaceSystemDisk');
    });

    it('catches a system disk below the image size and one on a basic disk above 500 GiB', async () => {
      const small = await refusal(guarded().replaceSystemDisk(replace({ imageId: WINDOWS_IMAGE.ImageId, password: PASSWORD, systemDisk: { size: 30 } })));
      expect(small.report.issues.map((issue) => [issue.rule, issue.path.join('.'), issue.vendor?.code])).toEqual([['preflight/disk-size', 'SystemDisk.Size', 'InvalidSystemDiskSize.LessThanImageSize']]);
      world.disk = { ...SYSTEM_DISK, Category: 'cloud', PerformanceLevel: undefined };
      const large = await refusal(guarded().replaceSystemDisk(replace({ imageId: IMAGE.ImageId, password: PASSWORD, systemDisk: { size: 600 } })));
      expect(large.report.issues.map((issue) => [issue.rule, issue.severity, issue.vendor?.code])).toEqual([['system-disk/size', 'error', 'InvalidSystemDiskSize.MoreThanMaxSize']]);
    });

    it('warns of a security lock and of a key pair on a Windows image, and still sends', async () => {
      world.instance = { ...INSTANCE, OperationLocks: { LockReason: [{ LockReason: 'security' }] } };
      const warnings: PreflightOutcome[] = [];
      const before = server.captured.length;
      await guard(client(), { facts: 'describe', onWarning: (outcome) => warnings.push(outcome) }).replaceSystemDisk(replace({ imageId: WINDOWS_IMAGE.ImageId, keyPairName: 'deploy', password: PASSWORD }));
      expect(actions(before).at(-1)).toBe('ReplaceSystemDisk');
      expect(warnings.flatMap((outcome) => outcome.report.issues.map((issue) => `${issue.severity} ${issue.rule} ${issue.path.join('.')}`))).toEqual([
        'warning credentials/ignored KeyPairName',
        'warning preflight/instance-lock ',
      ]);
      expect(shown(lines, warnings)).not.toContain(PASSWORD);
    });

    it('degrades a failed describe call to no facts, with its code, and still sends', async () => {
      world.failing = new Set(['DescribeInstances']);
      world.instance = { ...INSTANCE, Status: 'Running' };
      const warnings: PreflightOutcome[] = [];
      const before = server.captured.length;
      await guard(client(), { facts: 'describe', onWarning: (outcome) => warnings.push(outcome) }).replaceSystemDisk(replace({ imageId: IMAGE.ImageId, password: PASSWORD }));
      expect(actions(before)).toEqual(['DescribeInstances', 'DescribeDisks', 'DescribeImages', 'ReplaceSystemDisk']);
      expect(warnings.map((outcome) => outcome.describeFailures)).toEqual([[{ action: 'describeInstances', reason: 'error', code: 'Forbidden.RAM' }]]);
    });

    it('attaches the warnings to the result when no onWarning is given; a missing image is a failure too', async () => {
      world.images = {};
      const result = await guarded().replaceSystemDisk(replace({ imageId: IMAGE.ImageId, password: PASSWORD }));
      expect(warningsOf(result)?.describeFailures).toEqual([{ action: 'describeImages', reason: 'not-found' }]);
      expect(result.body?.diskId).toBe('d-bp67acfmxazb4ph2new0');
    });
  });

  it('takes facts as an object or a function of the request; dry runs send nothing', async () => {
    const before = server.captured.length;
    await refusal(guard(client(), { facts: { instance: { unpaidOrder: true } } }).replaceSystemDisk(replace({ imageId: IMAGE.ImageId })));
    const seen: unknown[] = [];
    const request = replace({ imageId: IMAGE.ImageId, password: '/Ab12345' });
    await refusal(guard(client(), { facts: (given) => (seen.push(given), { image: { os: 'windows' as const } }) }).replaceSystemDisk(request));
    expect(seen).toEqual([request]);
    const outcome = await guard(client(), { dryRun: true, os: 'linux' }).replaceSystemDisk(replace({ imageId: IMAGE.ImageId, password: PASSWORD }));
    expect(outcome.report.ok).toBe(true);
    expect(server.captured.length).toBe(before);
  });

  it("gives messages in the caller's language", async () => {
    const error = await refusal(guard(client(), { lang: 'zh-CN' }).replaceSystemDisk(replace({ imageId: IMAGE.ImageId, password: 'Ab1!xyz' })));
    expect(error.report.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
