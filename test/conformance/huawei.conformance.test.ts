/**
 * Huawei Cloud ECS reinstall and change OS as the official Node.js SDK sends them: `@huaweicloud/huaweicloud-sdk-ecs`
 * live against a loopback server, and the bodies it sent pinned in `fixtures/huawei/huaweicloud-sdk-nodejs-v3/`
 * (`huawei.capture.test.ts` holds them byte for byte). Every request goes through `validate()` (the body, with the
 * path parameters read back from the URL it was sent to) and through `instance-preflight lint` as a JSON file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiId } from '../../src/apis.ts';
import type { Os } from '../../src/rules/finding.ts';
import { asError, errorsOf, hasError, removeCli, type Expected } from './support/judge.ts';
import { expectLintVerdicts, type JudgedFile } from './support/expectLintVerdicts.ts';
import { loadFixtures } from './support/fixtures.ts';
import { changeV2, CMK, ecs, IMAGE, KEY, PASSWORD, reinstallV2, SERVER, useHuaweiLoopback, USERID, type Client } from './support/huaweiSdk.ts';

const LINUX_SCRIPT = Buffer.from('#cloud-config\nruncmd:\n  - echo ready > /tmp/ready\n').toString('base64');
const WINDOWS_SCRIPT = Buffer.from('rem cmd\necho ready > C:\\ready.txt\n').toString('base64');
const PATH = /^\/(v1|v2)\/([^/]+)\/cloudservers\/([^/]+)\/(reinstallos|changeos)$/;

const REINSTALL = 'huawei.ecs.ReinstallServerWithCloudInit';
const CHANGE = 'huawei.ecs.ChangeServerOsWithCloudInit';

/** Each call's API id, by path version and action. */
const API_OF: Readonly<Record<string, ApiId>> = {
  'v2 reinstallos': REINSTALL,
  'v2 changeos': CHANGE,
  'v1 reinstallos': 'huawei.ecs.ReinstallServerWithoutCloudInit',
  'v1 changeos': 'huawei.ecs.ChangeServerOsWithoutCloudInit',
};

const reinstallOption = (): InstanceType<typeof ecs.ReinstallServerWithCloudInitOption> => new ecs.ReinstallServerWithCloudInitOption();
const changeOption = (image: string = IMAGE): InstanceType<typeof ecs.ChangeServerOsWithCloudInitOption> => new ecs.ChangeServerOsWithCloudInitOption(image);

/** Sends a v2 reinstall, the option wrapped in its request body and request. */
const reinstall = (option: InstanceType<typeof ecs.ReinstallServerWithCloudInitOption>, serverId = SERVER) => (client: Client) => reinstallV2(client, serverId, option);
/** Sends a v2 change OS. */
const change = (option: InstanceType<typeof ecs.ChangeServerOsWithCloudInitOption>) => (client: Client) => changeV2(client, SERVER, option);

/** One SDK call, the OS it is for (when the body is only sure for one) and the finding a bad one must give. */
interface Case {
  readonly name: string;
  readonly os?: Os;
  readonly call: (client: Client) => Promise<unknown>;
  readonly expected?: Expected;
}

const CASES: readonly Case[] = [
  { name: 'reinstall: password', call: reinstall(reinstallOption().withAdminpass(PASSWORD)) },
  { name: 'reinstall: key pair, user id, withStopServer', os: 'linux', call: reinstall(reinstallOption().withKeyname(KEY).withUserid(USERID).withMode('withStopServer')) },
  {
    name: 'reinstall: cloud-config user data only, encrypted system disk, BYOL',
    os: 'linux',
    call: reinstall(reinstallOption().withMetadata(new ecs.ReinstallSeverMetadata().withUserData(LINUX_SCRIPT).withSystemEncrypted('1').withSystemCmkid(CMK).withByol('true'))),
  },
  { name: 'reinstall: Windows password and batch user data', os: 'windows', call: reinstall(reinstallOption().withAdminpass(PASSWORD).withMetadata(new ecs.ReinstallSeverMetadata().withUserData(WINDOWS_SCRIPT))) },
  { name: 'change: password, withStopServer, isAutoPay', call: change(changeOption().withAdminpass(PASSWORD).withMode('withStopServer').withIsAutoPay('false')) },
  { name: 'change: key pair and user data', os: 'linux', call: change(changeOption().withKeyname(KEY).withUserid(USERID).withMetadata(new ecs.ChangeSeversOsMetadata().withUserData(LINUX_SCRIPT))) },
  {
    name: 'v1 change: password, encrypted system disk',
    call: (client) =>
      client.changeServerOsWithoutCloudInit(
        new ecs.ChangeServerOsWithoutCloudInitRequest(SERVER).withBody(
          new ecs.ChangeServerOsWithoutCloudInitRequestBody(
            new ecs.ChangeServerOsWithoutCloudInitOption(IMAGE).withAdminpass(PASSWORD).withMetadata(new ecs.ChangeSeversOsMetadataWithoutCloudInitOption().withSystemEncrypted('1').withSystemCmkid(CMK)),
          ),
        ),
      ),
  },
  { name: 'short password', call: reinstall(reinstallOption().withAdminpass('Cl@1x')), expected: { rule: 'password/length', path: ['os-reinstall', 'adminpass'] } },
  { name: 'password and key pair', call: reinstall(reinstallOption().withAdminpass(PASSWORD).withKeyname(KEY)), expected: { rule: 'credentials/conflict', path: ['os-reinstall', 'keyname'] } },
  { name: 'no login at all', call: reinstall(reinstallOption().withMode('withStopServer')), expected: { rule: 'parameter/required-when-empty', path: ['os-reinstall', 'metadata', 'user_data'] } },
  { name: 'mode in another case', call: change(changeOption().withAdminpass(PASSWORD).withMode('WithStopServer')), expected: { rule: 'parameter/enum', path: ['os-change', 'mode'] } },
  { name: 'image id not a UUID', call: change(changeOption('img-centos-7').withAdminpass(PASSWORD)), expected: { rule: 'identifier/format', path: ['os-change', 'imageid'] } },
  { name: 'server id with a space', call: reinstall(reinstallOption().withAdminpass(PASSWORD), 'b0a9d2b4 2cae'), expected: { rule: 'identifier/format', path: ['server_id'] } },
];

const { capture } = useHuaweiLoopback();

afterAll(async () => {
  await removeCli();
});

/** The API and path parameters a captured or recorded path carries (the SDK escapes only what the URL parser must). */
function fromPath(path: string): { api: ApiId; params: { project_id: string; server_id: string } } {
  const match = PATH.exec(path);
  expect(match, path).not.toBeNull();
  const [, version, project = '', serverId = '', action] = match ?? [];
  const api = API_OF[`${version} ${action}`];
  expect(api, path).toBeDefined();
  return { api: api as ApiId, params: { project_id: decodeURIComponent(project), server_id: decodeURIComponent(serverId) } };
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Lint files gathered by the tests above the lint test, with what each must give. */
const files: JudgedFile[] = [];

/** Judges one request as validate() sees it and queues it for the lint run. */
function judge(name: string, api: ApiId, payload: Record<string, unknown>, os: Os | undefined, expected: Expected | undefined): void {
  const errors = errorsOf(api, payload, os ? { os } : {});
  if (expected) expect(hasError(errors, expected), `${asError(expected)} in ${errors.join(', ')}`).toBe(true);
  else expect(errors).toEqual([]);
  files.push({ file: { name: `${name}.json`, api, ...(os ? { os } : {}), text: JSON.stringify(payload) }, expected });
}

describe('@huaweicloud/huaweicloud-sdk-ecs reinstall / change OS, captured on loopback (SDK-HMAC-SHA256, POST JSON)', () => {
  it.each(CASES)('$name', async ({ name, os, call, expected }) => {
    const captured = await capture(call);
    expect(captured.method).toBe('POST');
    expect(captured.query).toBe('');
    expect(captured.headers['content-type']).toBe('application/json');
    const { api, params } = fromPath(captured.path);
    const body = JSON.parse(captured.body) as Record<string, unknown>;
    // The body holds the body member only: the path parameters travel in the URL (and the project in X-Project-Id).
    expect(Object.keys(body)).toEqual([api.includes('Change') ? 'os-change' : 'os-reinstall']);
    expect(captured.headers['x-project-id']).toBe(params.project_id);
    judge(`huaweicloud-sdk-nodejs-v3--${slug(name)}`, api, { ...params, ...body }, os, expected);
  });
});

describe('the pinned SDK bodies (fixtures/huawei)', () => {
  const fixtures = loadFixtures('huawei');

  it('are the capture suite’s, each with the path it was sent to', () => {
    expect([...new Set(fixtures.map((fixture) => fixture.client))]).toEqual(['huaweicloud-sdk-nodejs-v3']);
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it.each(fixtures)('$file', ({ client: folder, file, text, api, os, path, expected }) => {
    const recorded = fromPath(path ?? '');
    expect(recorded.api).toBe(api);
    judge(`${folder}--${file.replace(/\.json$/, '')}`, api, { ...recorded.params, ...(JSON.parse(text) as Record<string, unknown>) }, os, expected);
  });
});

describe('instance-preflight lint', () => {
  it('gives the same verdicts on every capture and fixture saved as a JSON file', async () => {
    expect(files.length).toBeGreaterThan(CASES.length);
    await expectLintVerdicts(files);
  });
});
