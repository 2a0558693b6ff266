/**
 * Huawei Cloud ECS reinstall and change-OS as the official Node.js SDK sends them:
 * `@huaweicloud/huaweicloud-sdk-ecs` (with `@huaweicloud/huaweicloud-sdk-core`) pointed at a loopback server
 * with fake AK/SK credentials. The test pins the wire format a future validator must accept: method, path with
 * its path parameters, query, headers and signature, and the body byte for byte against the fixtures in
 * `fixtures/huawei/huaweicloud-sdk-nodejs-v3/`. The facts behind the bodies are in `docs/vendors/huawei.md`.
 */
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { AK, changeV1, changeV2, CMK, ecs, IMAGE, KEY, PASSWORD, PROJECT, reinstallV1, reinstallV2, SERVER, SK, USERID, useHuaweiLoopback, type Client } from './support/huaweiSdk.ts';
import type { CapturedRequest } from './support/loopback.ts';

const require = createRequire(import.meta.url);
const ECS_VERSION = (require('@huaweicloud/huaweicloud-sdk-ecs/package.json') as { version: string }).version;

const FIXTURES = new URL('./fixtures/huawei/huaweicloud-sdk-nodejs-v3/', import.meta.url);
const USERDATA = Buffer.from('#!/bin/bash\necho user_test > /home/user.txt\n').toString('base64');

/** One SDK call and the fixture its body must equal. */
interface Case {
  readonly name: string;
  readonly fixture: string;
  readonly path: string;
  readonly call: (client: Client) => Promise<unknown>;
}

const CASES: readonly Case[] = [
  {
    name: 'v2 reinstall: password, user data, withStopServer',
    fixture: 'reinstall-password-userdata-stop.json',
    path: `/v2/${PROJECT}/cloudservers/${SERVER}/reinstallos`,
    call: (client) =>
      reinstallV2(
        client,
        SERVER,
        new ecs.ReinstallServerWithCloudInitOption()
          .withAdminpass(PASSWORD)
          .withMetadata(new ecs.ReinstallSeverMetadata().withUserData(USERDATA))
          .withMode('withStopServer'),
      ),
  },
  {
    name: 'v2 reinstall: key pair and user id',
    fixture: 'reinstall-keypair.json',
    path: `/v2/${PROJECT}/cloudservers/${SERVER}/reinstallos`,
    call: (client) => reinstallV2(client, SERVER, new ecs.ReinstallServerWithCloudInitOption().withKeyname(KEY).withUserid(USERID)),
  },
  {
    name: 'v2 reinstall: user data only, encrypted system disk, BYOL',
    fixture: 'reinstall-userdata-encrypted.json',
    path: `/v2/${PROJECT}/cloudservers/${SERVER}/reinstallos`,
    call: (client) =>
      reinstallV2(
        client,
        SERVER,
        new ecs.ReinstallServerWithCloudInitOption().withMetadata(
          new ecs.ReinstallSeverMetadata().withSystemEncrypted('1').withSystemCmkid(CMK).withUserData(USERDATA).withByol('true'),
        ),
      ),
  },
  {
    name: 'v2 change OS: key pair, user id, withStopServer, isAutoPay',
    fixture: 'change-keypair-stop.json',
    path: `/v2/${PROJECT}/cloudservers/${SERVER}/changeos`,
    call: (client) =>
      changeV2(client, SERVER, new ecs.ChangeServerOsWithCloudInitOption(IMAGE).withKeyname(KEY).withUserid(USERID).withMode('withStopServer').withIsAutoPay('true')),
  },
  {
    name: 'v2 change OS: password and user data',
    fixture: 'change-password-userdata.json',
    path: `/v2/${PROJECT}/cloudservers/${SERVER}/changeos`,
    call: (client) =>
      changeV2(client, SERVER, new ecs.ChangeServerOsWithCloudInitOption(IMAGE).withAdminpass(PASSWORD).withMetadata(new ecs.ChangeSeversOsMetadata().withUserData(USERDATA))),
  },
  {
    name: 'v1 reinstall (no Cloud-Init): password, withStopServer',
    fixture: 'reinstall-v1-password-stop.json',
    path: `/v1/${PROJECT}/cloudservers/${SERVER}/reinstallos`,
    call: (client) => reinstallV1(client, SERVER, new ecs.ReinstallServerWithoutCloudInitOption().withAdminpass(PASSWORD).withMode('withStopServer')),
  },
  {
    name: 'v1 change OS (no Cloud-Init): key pair, encrypted system disk',
    fixture: 'change-v1-keypair-encrypted.json',
    path: `/v1/${PROJECT}/cloudservers/${SERVER}/changeos`,
    call: (client) =>
      changeV1(
        client,
        SERVER,
        new ecs.ChangeServerOsWithoutCloudInitOption(IMAGE)
          .withKeyname(KEY)
          .withUserid(USERID)
          .withMetadata(new ecs.ChangeSeversOsMetadataWithoutCloudInitOption().withSystemEncrypted('1').withSystemCmkid(CMK)),
      ),
  },
  {
    // A JavaScript caller (or one casting past the types) can hand the builders null and undefined.
    name: 'unset members: undefined is omitted, null is sent as null',
    fixture: 'unset-null-undefined.json',
    path: `/v2/${PROJECT}/cloudservers/${SERVER}/reinstallos`,
    call: (client) =>
      reinstallV2(
        client,
        SERVER,
        new ecs.ReinstallServerWithCloudInitOption()
          .withAdminpass(null as unknown as string)
          .withKeyname(KEY)
          .withUserid(USERID)
          .withMetadata(undefined as unknown as InstanceType<typeof ecs.ReinstallSeverMetadata>)
          .withMode(undefined as unknown as string),
      ),
  },
  {
    name: 'change OS without imageid: the SDK sends it anyway',
    fixture: 'change-missing-imageid.json',
    path: `/v2/${PROJECT}/cloudservers/${SERVER}/changeos`,
    call: (client) => changeV2(client, SERVER, new ecs.ChangeServerOsWithCloudInitOption(undefined as unknown as string).withAdminpass(PASSWORD)),
  },
  {
    name: 'plain objects: members the models lack pass through',
    fixture: 'reinstall-plain-object-extra.json',
    path: `/v2/${PROJECT}/cloudservers/${SERVER}/reinstallos`,
    call: (client) =>
      client.reinstallServerWithCloudInit({
        server_id: SERVER,
        body: { 'os-reinstall': { adminpass: PASSWORD, imageid: IMAGE } },
      } as unknown as InstanceType<typeof ecs.ReinstallServerWithCloudInitRequest>),
  },
];

const loopback = useHuaweiLoopback();
const { capture } = loopback;

const hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Recomputes SDK-HMAC-SHA256 over what arrived (canonical request: method, path with a trailing `/`, query,
 * the signed headers lower-cased and sorted, the body's SHA-256), so the test fails if the scheme changes.
 */
function expectSignature(captured: CapturedRequest): void {
  const match = /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(String(captured.headers['authorization']));
  expect(match).not.toBeNull();
  const [, access, signed = '', signature] = match ?? [];
  expect(access).toBe(AK);
  expect(signed).toBe('content-type;host;x-project-id;x-sdk-date');
  const names = signed.split(';');
  const canonical = [
    captured.method,
    captured.path.endsWith('/') ? captured.path : `${captured.path}/`,
    captured.query,
    names.map((name) => `${name}:${String(captured.headers[name])}\n`).join(''),
    signed,
    hex(captured.body),
  ].join('\n');
  const date = String(captured.headers['x-sdk-date']);
  const toSign = ['SDK-HMAC-SHA256', date, hex(canonical)].join('\n');
  expect(signature).toBe(createHmac('sha256', SK).update(toSign, 'utf8').digest('hex'));
}

describe(`@huaweicloud/huaweicloud-sdk-ecs ${ECS_VERSION} on the wire`, () => {
  it.each(CASES)('$name', async ({ call, fixture, path }) => {
    const captured = await capture(call);
    expect(captured.method).toBe('POST');
    expect(captured.path).toBe(path);
    expect(captured.query).toBe('');
    // Compact JSON.stringify output in the order the builders set the members: the fixture byte for byte.
    expect(captured.body).toBe(readFileSync(new URL(fixture, FIXTURES), 'utf8'));
    expect(captured.headers['content-type']).toBe('application/json');
    expect(captured.headers['x-project-id']).toBe(PROJECT);
    expect(captured.headers['x-sdk-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(captured.headers['host']).toBe(loopback.server.host);
    expect(captured.headers['user-agent']).toMatch(/^huaweicloud-usdk-nodejs\/3\.0; /);
    expectSignature(captured);
  });

  it('puts the body under os-reinstall or os-change, nothing beside it', async () => {
    for (const { call } of CASES) {
      const body = JSON.parse((await capture(call)).body) as Record<string, unknown>;
      expect(Object.keys(body)).toHaveLength(1);
      expect(['os-reinstall', 'os-change']).toContain(Object.keys(body)[0]);
    }
  });

  it('writes imageid first in os-change: the option constructor sets it', async () => {
    const captured = await capture((c) => (CASES[3] as Case).call(c));
    expect(captured.body.startsWith(`{"os-change":{"imageid":"${IMAGE}",`)).toBe(true);
  });

  it('substitutes the server id into the path without percent-encoding its reserved characters', async () => {
    const send = (id: string): Promise<CapturedRequest> =>
      capture((c) => reinstallV2(c, id, new ecs.ReinstallServerWithCloudInitOption().withKeyname(KEY).withUserid(USERID)));
    // A `/` adds a path segment and a `?` starts a query: the request goes to another resource.
    const slash = await send('a/b?c');
    expect(slash.path).toBe(`/v2/${PROJECT}/cloudservers/a/b`);
    expect(slash.query).toBe('c/reinstallos');
    // Only what the URL parser must escape is escaped (space), `%` goes out as typed.
    const space = await send('a b%41');
    expect(space.path).toBe(`/v2/${PROJECT}/cloudservers/a%20b%41/reinstallos`);
    const empty = await send('');
    expect(empty.path).toBe(`/v2/${PROJECT}/cloudservers//reinstallos`);
  });

  it('refuses a missing server id or body before sending anything', () => {
    const { server, client } = loopback;
    const before = server.captured.length;
    const option = new ecs.ReinstallServerWithCloudInitOption().withKeyname(KEY);
    expect(() => reinstallV2(client, undefined as unknown as string, option)).toThrow(/serverId/);
    expect(() => client.changeServerOsWithCloudInit(new ecs.ChangeServerOsWithCloudInitRequest(SERVER))).toThrow(/body/);
    expect(server.captured.length).toBe(before);
  });

  it('validates nothing in the body: an empty os-reinstall, a bad password and empty strings go out', async () => {
    const empty = await capture((c) => reinstallV2(c, SERVER, new ecs.ReinstallServerWithCloudInitOption()));
    expect(empty.body).toBe('{"os-reinstall":{}}');
    const weak = await capture((c) => reinstallV1(c, SERVER, new ecs.ReinstallServerWithoutCloudInitOption().withAdminpass('root').withKeyname(KEY)));
    expect(JSON.parse(weak.body)).toEqual({ 'os-reinstall': { adminpass: 'root', keyname: KEY } });
    // An empty string is a value, not an unset member: it goes out as "".
    const blank = await capture((c) => changeV2(c, SERVER, new ecs.ChangeServerOsWithCloudInitOption(IMAGE).withKeyname('').withUserid('').withMode('')));
    expect(blank.body).toBe(`{"os-change":{"imageid":"${IMAGE}","keyname":"","userid":"","mode":""}}`);
  });
});
