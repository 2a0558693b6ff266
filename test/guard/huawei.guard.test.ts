/**
 * The Huawei Cloud guard end to end: `@huaweicloud/huaweicloud-sdk-ecs`'s own `EcsClient`, guarded, against a
 * fake ECS endpoint on 127.0.0.1 that answers `showServer` with the fixture and records every call.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { guard, PreflightError, warningsOf, type PreflightOutcome } from '../../src/schemas/huawei/guard/index.ts';
import { huaweiImageFacts } from '../../src/schemas/huawei/facts/huaweiImageFacts.ts';
import { startLoopback, type CapturedRequest, type Loopback } from '../conformance/support/loopback.ts';
import { IMAGE, IMAGE_ID, SERVER, SERVER_ID, WINDOWS_IMAGE } from './fixtures/huawei.ts';
import { recordConsole, refusal, shown } from './support.ts';

const require = createRequire(import.meta.url);
const ecs = require('@huaweicloud/huaweicloud-sdk-ecs') as typeof import('@huaweicloud/huaweicloud-sdk-ecs');
const core = require('@huaweicloud/huaweicloud-sdk-core') as typeof import('@huaweicloud/huaweicloud-sdk-core');

type Client = InstanceType<typeof ecs.EcsClient>;

const PROJECT = '0123456789abcdef0123456789abcdef';
const PASSWORD = 'Cloud@2026x!';
const JOB = { job_id: '70a599e0-31e7-49b7-b260-868f441e862b' };
const SK = 'SKFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE00';

const world: { server: object; failing: boolean } = { server: SERVER, failing: false };

/** The SDK method a captured request is, from its method and path. */
function actionOf(request: CapturedRequest): string {
  if (request.method === 'GET') return 'showServer';
  return request.path.endsWith('/changeos') ? 'changeos' : 'reinstallos';
}

let server: Loopback;
const actions = (from: number): string[] => server.captured.slice(from).map(actionOf);

beforeAll(async () => {
  server = await startLoopback((request) => {
    if (actionOf(request) !== 'showServer') return { status: 200, body: JOB };
    if (world.failing) return { status: 404, body: { error: { code: 'Ecs.0114', message: 'The ECS does not exist.' } } };
    return { status: 200, body: { server: world.server } };
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  world.server = SERVER;
  world.failing = false;
});

const lines = recordConsole();

const client = (project: string | null = PROJECT): Client => {
  const credentials = new core.BasicCredentials().withAk('AKFAKEFAKEFAKEFAKE00').withSk(SK);
  if (project !== null) credentials.withProjectId(project);
  return ecs.EcsClient.newBuilder().withCredential(credentials).withEndpoint(server.origin).build();
};

const reinstall = (option: InstanceType<typeof ecs.ReinstallServerWithCloudInitOption>, serverId = SERVER_ID) =>
  new ecs.ReinstallServerWithCloudInitRequest(serverId).withBody(new ecs.ReinstallServerWithCloudInitRequestBody(option));
const change = (option: InstanceType<typeof ecs.ChangeServerOsWithCloudInitOption>) =>
  new ecs.ChangeServerOsWithCloudInitRequest(SERVER_ID).withBody(new ecs.ChangeServerOsWithCloudInitRequestBody(option));

describe('guard(huawei EcsClient)', () => {
  it('keeps the client type', () => {
    expectTypeOf(guard(client())).toEqualTypeOf<Client>();
  });

  it('refuses a bad request: nothing sent, no password shown', async () => {
    const before = server.captured.length;
    const error = await refusal(guard(client()).reinstallServerWithCloudInit(reinstall(new ecs.ReinstallServerWithCloudInitOption().withAdminpass('Cl@1x'))));
    expect(error.report.issues.map((issue) => `${issue.rule} ${issue.path.join('.')} ${issue.vendor?.code ?? ''}`)).toContain('password/length os-reinstall.adminpass Ecs.0011');
    expect(server.captured.length).toBe(before);
    expect(shown(lines, error, error.report)).not.toContain('Cl@1x');
    expect(shown(lines, error)).not.toContain(SK);
  });

  it('refuses both login methods and a change OS without imageid, as validate() does', async () => {
    const both = await refusal(guard(client()).reinstallServerWithCloudInit(reinstall(new ecs.ReinstallServerWithCloudInitOption().withAdminpass(PASSWORD).withKeyname('kp'))));
    expect(both.report.issues.map((issue) => `${issue.rule} ${issue.path.join('.')}`)).toContain('credentials/conflict os-reinstall.keyname');
    const missing = await refusal(guard(client()).changeServerOsWithCloudInit(change(new ecs.ChangeServerOsWithCloudInitOption(undefined as unknown as string).withAdminpass(PASSWORD))));
    expect(missing.report.issues.map((issue) => `${issue.rule} ${issue.path.join('.')}`)).toContain('parameter/required os-change.imageid');
  });

  it('sends a good request exactly as the unguarded client does', async () => {
    const option = (): InstanceType<typeof ecs.ChangeServerOsWithCloudInitOption> => new ecs.ChangeServerOsWithCloudInitOption(IMAGE_ID).withAdminpass(PASSWORD).withMode('withStopServer');
    const before = server.captured.length;
    const plain = await client().changeServerOsWithCloudInit(change(option()));
    const guarded = await guard(client()).changeServerOsWithCloudInit(change(option()));
    expect(guarded).toEqual(plain);
    const [a, b] = server.captured.slice(before) as [CapturedRequest, CapturedRequest];
    for (const key of ['method', 'path', 'query', 'body'] as const) expect(b[key], key).toBe(a[key]);
    for (const header of ['content-type', 'x-project-id', 'host']) expect(b.headers[header], header).toBe(a.headers[header]);
    expect(shown(lines, guarded)).not.toContain(PASSWORD);
  });

  it('reads the project from the client: one without a project (and no region to look it up in) is refused', async () => {
    const error = await refusal(guard(client(null)).reinstallServerWithCloudInit(reinstall(new ecs.ReinstallServerWithCloudInitOption().withAdminpass(PASSWORD))));
    expect(error.report.issues.map((issue) => `${issue.rule} ${issue.path.join('.')}`)).toEqual(['parameter/required project_id']);
  });

  it('refuses a server id that would change the path, which the SDK sends unencoded', async () => {
    const before = server.captured.length;
    const error = await refusal(guard(client()).reinstallServerWithCloudInit(reinstall(new ecs.ReinstallServerWithCloudInitOption().withAdminpass(PASSWORD), 'a/b?c')));
    expect(error.report.issues.map((issue) => issue.path.join('.'))).toContain('server_id');
    expect(server.captured.length).toBe(before);
  });

  it('sends a request with warnings, telling onWarning first (or attaching them to the result)', async () => {
    const warnings: PreflightOutcome[] = [];
    const plainObject = { server_id: SERVER_ID, body: { 'os-reinstall': { adminpass: PASSWORD, imageid: IMAGE_ID } } } as unknown as InstanceType<typeof ecs.ReinstallServerWithCloudInitRequest>;
    const before = server.captured.length;
    await guard(client(), { onWarning: (outcome) => warnings.push(outcome) }).reinstallServerWithCloudInit(plainObject);
    expect(warnings.flatMap((outcome) => outcome.report.issues.map((issue) => `${issue.rule} ${issue.severity}`))).toContain('parameter/unknown warning');
    expect(actions(before)).toEqual(['reinstallos']);
    const result = await guard(client()).reinstallServerWithCloudInit(plainObject);
    expect(warningsOf(result)?.report.issues.some((issue) => issue.rule === 'parameter/unknown')).toBe(true);
    expect(shown(lines, warnings, result)).not.toContain(PASSWORD);
  });

  describe("facts: 'describe'", () => {
    const guarded = (): Client => guard(client(), { facts: 'describe' });

    it('describes the server once, then sends', async () => {
      const before = server.captured.length;
      await guarded().reinstallServerWithCloudInit(reinstall(new ecs.ReinstallServerWithCloudInitOption().withAdminpass(PASSWORD)));
      expect(actions(before)).toEqual(['showServer', 'reinstallos']);
      expect(server.captured[before]?.path).toBe(`/v1/${PROJECT}/cloudservers/${SERVER_ID}`);
    });

    it('catches a running ECS without withStopServer with Ecs.0100, and lets it through with it', async () => {
      world.server = { ...SERVER, status: 'ACTIVE' };
      const before = server.captured.length;
      const error = await refusal(guarded().reinstallServerWithCloudInit(reinstall(new ecs.ReinstallServerWithCloudInitOption().withAdminpass(PASSWORD))));
      expect(error.report.issues.map((issue) => [issue.rule, issue.vendor?.code])).toEqual([['preflight/instance-state', 'Ecs.0100']]);
      expect(error.message).toContain('withStopServer');
      expect(actions(before)).toEqual(['showServer']);
      await guarded().reinstallServerWithCloudInit(reinstall(new ecs.ReinstallServerWithCloudInitOption().withAdminpass(PASSWORD).withMode('withStopServer')));
      expect(actions(before).at(-1)).toBe('reinstallos');
    });

    it('catches an ECS without a system disk with Ecs.0105', async () => {
      world.server = { ...SERVER, 'os-extended-volumes:volumes_attached': [{ id: 'd', bootIndex: '-1', device: '/dev/vdb' }] };
      const error = await refusal(guarded().changeServerOsWithCloudInit(change(new ecs.ChangeServerOsWithCloudInitOption(IMAGE_ID).withAdminpass(PASSWORD))));
      expect(error.report.issues.map((issue) => [issue.rule, issue.vendor?.code])).toEqual([['preflight/system-disk', 'Ecs.0105']]);
    });

    it('takes a reinstall image OS from the server: a Windows server runs the Windows rules only', async () => {
      world.server = { ...SERVER, metadata: { ...SERVER.metadata, os_type: 'Windows' } };
      // "Administrator" holds the run "str": an error on Windows; with the OS unknown only a warning.
      const option = (): InstanceType<typeof ecs.ReinstallServerWithCloudInitOption> => new ecs.ReinstallServerWithCloudInitOption().withAdminpass('Cloud@str26X');
      const error = await refusal(guarded().reinstallServerWithCloudInit(reinstall(option())));
      expect(error.report.issues.map((issue) => `${issue.rule} ${issue.severity}`)).toEqual(['password/contains-username error']);
      const unknown = await guard(client(), { dryRun: true }).reinstallServerWithCloudInit(reinstall(option()));
      expect(unknown.report.issues.map((issue) => `${issue.rule} ${issue.severity}`)).toEqual(['password/contains-username warning']);
    });

    it('degrades a failed showServer to no facts, with the failure (and its Ecs code) attached to the result', async () => {
      world.failing = true;
      const before = server.captured.length;
      const result = await guarded().reinstallServerWithCloudInit(reinstall(new ecs.ReinstallServerWithCloudInitOption().withAdminpass(PASSWORD)));
      expect(actions(before)).toEqual(['showServer', 'reinstallos']);
      expect(warningsOf(result)?.describeFailures).toEqual([{ action: 'showServer', reason: 'error', code: 'Ecs.0114' }]);
    });
  });

  it('takes image facts from a facts function: a change OS to an image without Cloud-Init is refused', async () => {
    const facts = (): object => ({ image: { ...huaweiImageFacts(WINDOWS_IMAGE), supportsCloudInit: false } });
    const error = await refusal(guard(client(), { facts }).changeServerOsWithCloudInit(change(new ecs.ChangeServerOsWithCloudInitOption(IMAGE_ID).withAdminpass(PASSWORD))));
    expect(error.report.issues.map((issue) => `${issue.rule} ${issue.path.join('.')}`)).toEqual(['preflight/cloud-init os-change.imageid']);
    expect(error).toBeInstanceOf(PreflightError);
  });

  it('dry runs send nothing', async () => {
    const before = server.captured.length;
    const outcome = await guard(client(), { dryRun: true, facts: { image: huaweiImageFacts(IMAGE) } }).reinstallServerWithoutCloudInit(
      new ecs.ReinstallServerWithoutCloudInitRequest(SERVER_ID).withBody(new ecs.ReinstallServerWithoutCloudInitRequestBody(new ecs.ReinstallServerWithoutCloudInitOption().withAdminpass(PASSWORD))),
    );
    expect(outcome.report).toEqual({ api: 'huawei.ecs.ReinstallServerWithoutCloudInit', ok: true, issues: [] });
    expect(server.captured.length).toBe(before);
  });
});
